import "server-only";
import { db } from "@/lib/db/client";
import { DecryptionError } from "@/lib/errors";
import { decryptField, encryptField } from "./encryption";

/**
 * The delivery pack's recipient addresses (DeliveryRecipient and the copies in DeliverySend,
 * docs/decisions/0050-…), re-encrypted under the new key as part of `npm run keys:rotate`. A
 * campaign has a handful of them, so one transaction does; conditional updates let a concurrent
 * change win, as for pledges.
 */
export async function rotateDeliveryAddresses(previousKey: Buffer, newKey: Buffer): Promise<{ rotated: number; alreadyCurrent: number }> {
  const result = { rotated: 0, alreadyCurrent: 0 };
  await db().$transaction(async (tx) => {
    const next = (envelope: string) => {
      try {
        decryptField(envelope, newKey, "delivery.email");
        result.alreadyCurrent++;
        return null;
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
      }
      return encryptField(decryptField(envelope, previousKey, "delivery.email"), newKey, "delivery.email");
    };
    for (const row of await tx.deliveryRecipient.findMany({ select: { id: true, emailEncrypted: true } })) {
      const value = next(row.emailEncrypted);
      if (value) result.rotated += (await tx.deliveryRecipient.updateMany({ where: { id: row.id, emailEncrypted: row.emailEncrypted }, data: { emailEncrypted: value } })).count;
    }
    for (const row of await tx.deliverySend.findMany({ select: { id: true, emailEncrypted: true } })) {
      const value = next(row.emailEncrypted);
      if (value) result.rotated += (await tx.deliverySend.updateMany({ where: { id: row.id, emailEncrypted: row.emailEncrypted }, data: { emailEncrypted: value } })).count;
    }
  });
  return result;
}
