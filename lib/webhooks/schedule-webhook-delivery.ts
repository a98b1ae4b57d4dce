import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

/**
 * Makes sure one deliver_webhooks job for the endpoint is due at `runAt` (now by default). The
 * job key keeps one waiting job per endpoint however many events arrive, so events that queue up
 * meanwhile go out together in one POST; the queue name runs an endpoint's jobs one at a time, so
 * two workers never post the same events at once. Called in the transaction of the change.
 */
export async function scheduleWebhookDelivery(tx: Prisma.TransactionClient, endpointId: string, runAt?: Date | null): Promise<void> {
  const key = `webhook:${endpointId}`;
  await enqueueJob(tx, "deliver_webhooks", { endpointId }, { jobKey: key, queueName: key, runAt: runAt ?? undefined });
}
