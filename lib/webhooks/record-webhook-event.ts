import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { scheduleWebhookDelivery } from "./schedule-webhook-delivery";
import type { WebhookEventType } from "./webhook-event-types";

export interface WebhookEventInput {
  campaignId: string;
  type: WebhookEventType;
  pledgeId?: string;
  /** Figures only (count.milestone); never anything about a person. */
  data?: Prisma.InputJsonObject;
  occurredAt?: Date;
}

interface Receiver {
  id: string;
  enabled: boolean;
  nextAttemptAt: Date | null;
}

/**
 * Puts one event in the outbox of every endpoint that should get it, in the caller's
 * transaction: the event exists exactly when the change it reports was committed. Only ids and
 * the type are stored; the payload is built at delivery from what is shareable then.
 *
 * pledge.withdrawn goes to every endpoint that was given anything about that pledge, enabled or
 * not and whatever it subscribed to (a disabled one gets it once enabled again): the receiver must
 * delete what it holds. Other events go to the enabled endpoints that subscribed to them.
 */
export async function recordWebhookEvent(tx: Prisma.TransactionClient, event: WebhookEventInput): Promise<number> {
  const receivers = await receiversOf(tx, event);
  if (receivers.length === 0) return 0;
  const occurredAt = event.occurredAt ?? new Date();
  await tx.webhookEvent.createMany({
    data: receivers.map((receiver) => ({ endpointId: receiver.id, type: event.type, pledgeId: event.pledgeId ?? null, data: event.data ?? {}, occurredAt })),
  });
  // Endpoints in id order: two transactions touching the same jobs take their locks alike.
  for (const receiver of receivers.filter((candidate) => candidate.enabled).sort((a, b) => a.id.localeCompare(b.id))) {
    await scheduleWebhookDelivery(tx, receiver.id, receiver.nextAttemptAt);
  }
  return receivers.length;
}

async function receiversOf(tx: Prisma.TransactionClient, event: WebhookEventInput): Promise<Receiver[]> {
  if (event.type === "pledge.withdrawn") {
    if (!event.pledgeId) return [];
    return tx.$queryRaw<Receiver[]>`
      SELECT DISTINCT e."id", e."enabled", e."nextAttemptAt"
      FROM "WebhookEvent" w JOIN "WebhookEndpoint" e ON e."id" = w."endpointId"
      WHERE w."pledgeId" = ${event.pledgeId}::uuid AND w."type" <> 'pledge.withdrawn'`;
  }
  return tx.webhookEndpoint.findMany({
    where: { campaignId: event.campaignId, enabled: true, events: { has: event.type } },
    select: { id: true, enabled: true, nextAttemptAt: true },
  });
}
