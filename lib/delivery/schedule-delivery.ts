import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { deliveryJobKey } from "./delivery-job-key";
import { scheduleSchema, type ScheduleInput } from "./delivery-schemas";
import { zonedTimeToUtc } from "./zoned-time";

/**
 * Schedules the send (ADMIN only): the time is entered in a chosen zone and stored in UTC, and the
 * job waits in the queue until then. Scheduling again moves the one waiting job (its key).
 */
export async function scheduleDelivery(actor: Actor, campaignId: string, input: ScheduleInput): Promise<{ sendAt: Date }> {
  authorise(actor, "ADMIN", campaignId);
  const { sendAt: local, timeZone } = scheduleSchema.parse(input);
  const sendAt = zonedTimeToUtc(local, timeZone);
  await db().$transaction(async (tx) => {
    await tx.deliverySchedule.upsert({ where: { campaignId }, create: { campaignId, sendAt, timeZone }, update: { sendAt, timeZone }, select: { campaignId: true } });
    await enqueueJob(tx, "deliver_pack", { campaignId }, { runAt: sendAt, jobKey: deliveryJobKey(campaignId), maxAttempts: 10 });
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "delivery.schedule", target: { type: "campaign", id: campaignId }, campaignId, details: { sendAt: sendAt.toISOString(), timeZone } });
  });
  return { sendAt };
}
