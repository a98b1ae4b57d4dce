import "server-only";
import { db } from "@/lib/db/client";
import { DecryptionError } from "@/lib/errors";
import { decryptField, encryptField } from "./encryption";
import type { PersonalField } from "./personal-data";
import { rotateCrmSecrets } from "./rotate-crm-secrets";
import { rotateDeliveryAddresses } from "./rotate-delivery-addresses";
import { rotateWebhookSecrets } from "@/lib/webhooks/rotate-webhook-secrets";

// Every encrypted column, with the context bound into its ciphertexts. A new encrypted column
// must be added here, or a rotation leaves it under the old key (the rotation test lists them).
export const ENCRYPTED_PLEDGE_COLUMNS = [
  { column: "nameEncrypted", field: "pledge.name" },
  { column: "emailEncrypted", field: "pledge.email" },
] as const satisfies readonly { column: string; field: PersonalField }[];

export interface RotationResult {
  /** Values re-encrypted from the previous key to the new one. */
  rotated: number;
  /** Values already under the new key (a rotation that was interrupted and run again). */
  alreadyCurrent: number;
}

/**
 * Re-encrypts every encrypted value from `previousKey` to `newKey`, in place, in batches of
 * `batchSize` rows (one short transaction each), while the site keeps running: the app decrypts
 * with either key meanwhile. Safe to interrupt and run again. A row changed while its batch ran
 * (a withdrawal erasing it, say) is left as the app wrote it. Throws if a value opens with
 * neither key: nothing is ever overwritten with something unreadable.
 */
export async function rotateEncryptionKey(options: { previousKey: Buffer; newKey: Buffer; batchSize?: number; log?: (line: string) => void }): Promise<RotationResult> {
  const result: RotationResult = { rotated: 0, alreadyCurrent: 0 };
  const batchSize = options.batchSize ?? 500;
  let after: string | undefined;
  for (;;) {
    const rows = await db().pledge.findMany({
      where: { ...(after ? { id: { gt: after } } : {}), OR: [{ nameEncrypted: { not: null } }, { emailEncrypted: { not: null } }] },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, nameEncrypted: true, emailEncrypted: true },
    });
    if (rows.length === 0) break;
    await db().$transaction(async (tx) => {
      for (const row of rows) {
        const changes: Partial<Record<(typeof ENCRYPTED_PLEDGE_COLUMNS)[number]["column"], string>> = {};
        for (const { column, field } of ENCRYPTED_PLEDGE_COLUMNS) {
          const envelope = row[column];
          if (!envelope) continue;
          const reencrypted = reencrypt(envelope, field, options.previousKey, options.newKey);
          if (reencrypted === null) result.alreadyCurrent++;
          else changes[column] = reencrypted;
        }
        if (Object.keys(changes).length === 0) continue;
        // Conditional on the old values: a concurrent change wins over the rotation.
        const updated = await tx.pledge.updateMany({
          where: { id: row.id, nameEncrypted: row.nameEncrypted, emailEncrypted: row.emailEncrypted },
          data: changes,
        });
        if (updated.count === 1) result.rotated += Object.keys(changes).length;
      }
    });
    after = rows[rows.length - 1]!.id;
    options.log?.(`re-encrypted ${result.rotated} values so far`);
  }
  const delivery = await rotateDeliveryAddresses(options.previousKey, options.newKey);
  result.rotated += delivery.rotated;
  result.alreadyCurrent += delivery.alreadyCurrent;
  const crm = await rotateCrmSecrets(options.previousKey, options.newKey);
  result.rotated += crm.rotated;
  result.alreadyCurrent += crm.alreadyCurrent;
  const webhooks = await rotateWebhookSecrets(options.previousKey, options.newKey);
  result.rotated += webhooks.rotated;
  result.alreadyCurrent += webhooks.alreadyCurrent;
  return result;
}

/** The value under the new key, or null when it is under the new key already. */
function reencrypt(envelope: string, field: PersonalField, previousKey: Buffer, newKey: Buffer): string | null {
  try {
    decryptField(envelope, newKey, field);
    return null;
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
  }
  return encryptField(decryptField(envelope, previousKey, field), newKey, field);
}
