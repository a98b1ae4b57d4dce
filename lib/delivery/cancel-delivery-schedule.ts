import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { removeJob } from "@/lib/jobs/enqueue-job";
import { deliveryJobKey } from "./delivery-job-key";

/** Cancels the scheduled send (ADMIN only): the waiting job and the schedule go together. */
export async function cancelDeliverySchedule(actor: Actor, campaignId: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  await db().$transaction(async (tx) => {
    const removed = await tx.deliverySchedule.deleteMany({ where: { campaignId } });
    await removeJob(tx, deliveryJobKey(campaignId));
    if (removed.count > 0) await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "delivery.cancel", target: { type: "campaign", id: campaignId }, campaignId });
  });
}
