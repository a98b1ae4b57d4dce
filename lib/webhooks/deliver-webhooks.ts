import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { buildWebhookPayloads } from "./build-webhook-payloads";
import { postWebhook } from "./post-webhook";
import { recordDeliveryOutcome } from "./record-delivery-outcome";
import { scheduleWebhookDelivery } from "./schedule-webhook-delivery";
import { DELIVERY_HEADER, signatureHeaders } from "./sign-webhook";
import { decryptWebhookSecret } from "./webhook-secret";

/** Events in one POST at most: a receiver that was down gets its backlog in bounded pieces. */
export const BATCH_SIZE = 100;
/** POSTs one job makes before handing the rest to a fresh job (other endpoints get a turn). */
const BATCHES_PER_RUN = 10;

/**
 * The deliver_webhooks job: posts the endpoint's pending events, oldest first, as one JSON array
 * per batch, signed. A 2xx marks them delivered; anything else (or no answer in 10 s) leaves them
 * pending and schedules the next try by the back-off (lib/webhooks/retry-schedule.ts). At least
 * once: a receiver that took a batch but whose answer never arrived gets it again, with the same
 * event ids, and must ignore ids it has seen (docs/WEBHOOKS.md).
 */
export async function deliverWebhooks(endpointId: string): Promise<void> {
  for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
    const endpoint = await db().webhookEndpoint.findUnique({
      where: { id: endpointId },
      select: { id: true, campaignId: true, url: true, enabled: true, secretEncrypted: true, supporterKey: true, consecutiveFailures: true, nextAttemptAt: true },
    });
    if (!endpoint?.enabled) return;
    // Woken before its back-off is over (by a job queued before the last failure was recorded).
    if (endpoint.nextAttemptAt && endpoint.nextAttemptAt > new Date()) {
      await db().$transaction((tx) => scheduleWebhookDelivery(tx, endpointId, endpoint.nextAttemptAt));
      return;
    }
    const pending = await db().webhookEvent.findMany({
      where: { endpointId, deliveredAt: null },
      orderBy: { seq: "asc" },
      take: BATCH_SIZE,
      select: { seq: true, id: true, type: true, pledgeId: true, data: true, occurredAt: true },
    });
    if (pending.length === 0) return;
    const { payloads, dropped } = await buildWebhookPayloads(endpoint, pending);
    const deliveryId = randomUUID();
    if (payloads.length === 0) {
      await db().webhookEvent.updateMany({ where: { seq: { in: dropped } }, data: { deliveredAt: new Date() } });
      continue;
    }
    const body = JSON.stringify(payloads);
    const headers = { ...signatureHeaders(decryptWebhookSecret(endpoint.secretEncrypted), body), [DELIVERY_HEADER]: deliveryId };
    const outcome = await postWebhook(endpoint.url, body, headers);
    const delivered = await recordDeliveryOutcome(endpoint, {
      deliveryId,
      outcome,
      sent: pending.filter((event) => !dropped.includes(event.seq)),
      dropped,
    });
    if (!delivered || pending.length < BATCH_SIZE) return;
  }
  // More left after this run's share: a fresh job, due now, carries on.
  await db().$transaction((tx) => scheduleWebhookDelivery(tx, endpointId));
}
