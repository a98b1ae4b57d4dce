import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { deliveryJobKey } from "./delivery-job-key";

/**
 * "Send now" (ADMIN only): the same job as the schedule, due at once, under the same key, so a
 * pending schedule is replaced rather than sending twice.
 */
export async function sendDeliveryNow(actor: Actor, campaignId: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  await db().$transaction(async (tx) => {
    await tx.deliverySchedule.deleteMany({ where: { campaignId } });
    await enqueueJob(tx, "deliver_pack", { campaignId }, { jobKey: deliveryJobKey(campaignId), maxAttempts: 10 });
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "delivery.send_now", target: { type: "campaign", id: campaignId }, campaignId });
  });
}
