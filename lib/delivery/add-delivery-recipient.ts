import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { recipientSchema, type RecipientInput } from "./delivery-schemas";

/**
 * Adds a recipient of the pack (ADMIN only). The address is encrypted at rest like supporters'
 * ones; the audit entry names the recipient by id only (the log holds codes and ids, ADR 0030).
 */
export async function addDeliveryRecipient(actor: Actor, campaignId: string, input: RecipientInput): Promise<{ id: string }> {
  authorise(actor, "ADMIN", campaignId);
  const recipient = recipientSchema.parse(input);
  return db().$transaction(async (tx) => {
    const row = await tx.deliveryRecipient.create({
      data: { campaignId, name: recipient.name, organisation: recipient.organisation ?? null, emailEncrypted: encryptPersonal(recipient.email, "delivery.email"), locale: recipient.locale },
      select: { id: true },
    });
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "delivery.recipient_add", target: { type: "delivery_recipient", id: row.id }, campaignId });
    return row;
  });
}
