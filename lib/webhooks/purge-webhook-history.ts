import "server-only";
import { db } from "@/lib/db/client";

/** How long the delivery log and delivered events are kept (docs/WEBHOOKS.md, docs/PRIVACY.md). */
export const WEBHOOK_HISTORY_DAYS = 30;

/**
 * Part of the hourly clean-up: the delivery log and delivered outbox rows older than 30 days.
 * One delivered row per endpoint and pledge stays while it is that endpoint's latest word on the
 * pledge and not a deletion: it is how a later withdrawal, invalidation or anonymisation finds
 * the receivers it must tell (lib/webhooks/record-deletion-events.ts). It holds only ids.
 * Pending events are never purged: they have not reached their receiver yet.
 */
export async function purgeWebhookHistory(now = new Date()): Promise<{ webhookDeliveries: number; webhookEvents: number }> {
  const cutoff = new Date(now.getTime() - WEBHOOK_HISTORY_DAYS * 24 * 3600 * 1000);
  const { count: webhookDeliveries } = await db().webhookDelivery.deleteMany({ where: { at: { lt: cutoff } } });
  const webhookEvents = await db().$executeRaw`
    DELETE FROM "WebhookEvent" w
    WHERE w."deliveredAt" < ${cutoff}
      AND (w."pledgeId" IS NULL OR w."type" = 'pledge.withdrawn' OR EXISTS (
        SELECT 1 FROM "WebhookEvent" later
        WHERE later."pledgeId" = w."pledgeId" AND later."endpointId" = w."endpointId" AND later."seq" > w."seq"))`;
  return { webhookDeliveries, webhookEvents };
}
