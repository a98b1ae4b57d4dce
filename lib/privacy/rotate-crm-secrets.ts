import "server-only";
import { db } from "@/lib/db/client";
import { DecryptionError } from "@/lib/errors";
import { decryptField, encryptField } from "./encryption";

/**
 * The CRM's API keys and the few addresses kept until a withdrawn supporter's unsubscribe is sent
 * (docs/decisions/0053-…), re-encrypted under the new key as part of `npm run keys:rotate`. A
 * handful of rows: one transaction; conditional updates let a concurrent change win.
 */
export async function rotateCrmSecrets(previousKey: Buffer, newKey: Buffer): Promise<{ rotated: number; alreadyCurrent: number }> {
  const result = { rotated: 0, alreadyCurrent: 0 };
  const next = (envelope: string, field: "crm.api_key" | "crm.unsubscribe_email") => {
    try {
      decryptField(envelope, newKey, field);
      result.alreadyCurrent++;
      return null;
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
    }
    return encryptField(decryptField(envelope, previousKey, field), newKey, field);
  };
  await db().$transaction(async (tx) => {
    for (const row of await tx.crmConnection.findMany({ where: { apiKeyEncrypted: { not: null } }, select: { campaignId: true, apiKeyEncrypted: true } })) {
      const value = next(row.apiKeyEncrypted!, "crm.api_key");
      if (value) result.rotated += (await tx.crmConnection.updateMany({ where: { campaignId: row.campaignId, apiKeyEncrypted: row.apiKeyEncrypted }, data: { apiKeyEncrypted: value } })).count;
    }
    for (const row of await tx.crmPush.findMany({ where: { unsubscribeEmailEncrypted: { not: null } }, select: { pledgeId: true, unsubscribeEmailEncrypted: true } })) {
      const value = next(row.unsubscribeEmailEncrypted!, "crm.unsubscribe_email");
      if (value) result.rotated += (await tx.crmPush.updateMany({ where: { pledgeId: row.pledgeId, unsubscribeEmailEncrypted: row.unsubscribeEmailEncrypted }, data: { unsubscribeEmailEncrypted: value } })).count;
    }
  });
  return result;
}
