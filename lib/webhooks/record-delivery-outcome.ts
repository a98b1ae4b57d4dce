import "server-only";
import { db } from "@/lib/db/client";
import type { PostOutcome } from "./post-webhook";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-schedule";
import { scheduleWebhookDelivery } from "./schedule-webhook-delivery";

interface Attempt {
  deliveryId: string;
  outcome: PostOutcome;
  sent: { seq: bigint; type: string }[];
  dropped: bigint[];
}

/**
 * Writes one attempt to the delivery log and its consequences, in one transaction: on 2xx the
 * events are delivered and the endpoint is healthy again; otherwise the failure count grows, the
 * next try is scheduled by the back-off, and after MAX_ATTEMPTS in a row the endpoint is marked
 * failing. Returns whether the receiver accepted the batch.
 */
export async function recordDeliveryOutcome(endpoint: { id: string; consecutiveFailures: number }, attempt: Attempt): Promise<boolean> {
  const { outcome } = attempt;
  const accepted = outcome.error === null;
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.webhookDelivery.create({
      data: {
        id: attempt.deliveryId,
        endpointId: endpoint.id,
        at: now,
        attempt: endpoint.consecutiveFailures + 1,
        eventTypes: [...new Set(attempt.sent.map((event) => event.type))],
        eventCount: attempt.sent.length,
        status: outcome.status,
        error: outcome.error,
        durationMs: outcome.durationMs,
      },
      select: { id: true },
    });
    if (accepted) {
      await tx.webhookEvent.updateMany({ where: { seq: { in: attempt.sent.map((event) => event.seq) } }, data: { deliveredAt: now, deliveryId: attempt.deliveryId } });
      await tx.webhookEvent.updateMany({ where: { seq: { in: attempt.dropped } }, data: { deliveredAt: now } });
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0, nextAttemptAt: null, failingSince: null, lastSuccessAt: now }, select: { id: true } });
      return;
    }
    const failures = endpoint.consecutiveFailures + 1;
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(failures));
    // Conditional on the count read before the POST: a "send test" or re-enable meanwhile reset
    // it, and its fresh schedule wins over this failure's back-off.
    const updated = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, consecutiveFailures: endpoint.consecutiveFailures },
      data: { consecutiveFailures: failures, nextAttemptAt },
    });
    if (updated.count === 0) return;
    if (failures >= MAX_ATTEMPTS) await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, failingSince: null }, data: { failingSince: now } });
    await scheduleWebhookDelivery(tx, endpoint.id, nextAttemptAt);
  });
  return accepted;
}
