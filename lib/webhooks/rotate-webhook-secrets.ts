import "server-only";
import { db } from "@/lib/db/client";
import { reencryptWebhookSecret } from "./webhook-secret";

/**
 * The endpoints' signing secrets, re-encrypted under the new key as part of `npm run keys:rotate`
 * (otherwise retiring the old key would leave every webhook unsignable). A handful of rows: one
 * transaction; the update is conditional, so a secret rotated meanwhile by an organiser wins.
 */
export async function rotateWebhookSecrets(previousKey: Buffer, newKey: Buffer): Promise<{ rotated: number; alreadyCurrent: number }> {
  const result = { rotated: 0, alreadyCurrent: 0 };
  await db().$transaction(async (tx) => {
    for (const row of await tx.webhookEndpoint.findMany({ select: { id: true, secretEncrypted: true } })) {
      const value = reencryptWebhookSecret(row.secretEncrypted, previousKey, newKey);
      if (value === null) result.alreadyCurrent++;
      else result.rotated += (await tx.webhookEndpoint.updateMany({ where: { id: row.id, secretEncrypted: row.secretEncrypted }, data: { secretEncrypted: value } })).count;
    }
  });
  return result;
}
