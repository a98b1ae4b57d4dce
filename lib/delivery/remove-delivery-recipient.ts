import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** Removes a recipient (ADMIN only). Sends already made keep their own copy of name and address. */
export async function removeDeliveryRecipient(actor: Actor, campaignId: string, id: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  await db().$transaction(async (tx) => {
    const removed = await tx.deliveryRecipient.deleteMany({ where: { id, campaignId } });
    if (removed.count === 0) throw new NotFoundError("no such recipient");
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "delivery.recipient_remove", target: { type: "delivery_recipient", id } });
  });
}
