import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { recordDeletionEvents } from "./record-deletion-events";
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
 * pledge.withdrawn goes to every endpoint that was given anything about that pledge and not yet
 * told to forget it, enabled or not and whatever it subscribed to (recordDeletionEvents): the
 * receiver must delete what it holds. Other events go to the enabled endpoints that subscribed.
 */
export async function recordWebhookEvent(tx: Prisma.TransactionClient, event: WebhookEventInput): Promise<number> {
  const occurredAt = event.occurredAt ?? new Date();
  if (event.type === "pledge.withdrawn") return event.pledgeId ? recordDeletionEvents(tx, [event.pledgeId], occurredAt) : 0;
  const receivers = await receiversOf(tx, event);
  if (receivers.length === 0) return 0;
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
  return tx.webhookEndpoint.findMany({
    where: { campaignId: event.campaignId, enabled: true, events: { has: event.type } },
    select: { id: true, enabled: true, nextAttemptAt: true },
  });
}

/**
 * The same event about many pledges of one campaign (an undone invalidation restores hundreds):
 * one look-up of the subscribed endpoints and one insert, in the caller's transaction.
 */
export async function recordPledgeEvents(tx: Prisma.TransactionClient, campaignId: string, type: Exclude<WebhookEventType, "pledge.withdrawn" | "count.milestone">, pledgeIds: readonly string[], occurredAt = new Date()): Promise<number> {
  if (pledgeIds.length === 0) return 0;
  const receivers = await receiversOf(tx, { campaignId, type });
  if (receivers.length === 0) return 0;
  await tx.webhookEvent.createMany({
    data: pledgeIds.flatMap((pledgeId) => receivers.map((receiver) => ({ endpointId: receiver.id, type, pledgeId, occurredAt }))),
  });
  for (const receiver of [...receivers].sort((a, b) => a.id.localeCompare(b.id))) await scheduleWebhookDelivery(tx, receiver.id, receiver.nextAttemptAt);
  return receivers.length * pledgeIds.length;
}
