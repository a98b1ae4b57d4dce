import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { scheduleWebhookDelivery } from "./schedule-webhook-delivery";

/**
 * Puts a deletion event (`pledge.withdrawn`, docs/WEBHOOKS.md) in the outbox of every endpoint
 * that was told about each of these pledges and has not been told to forget it since: the
 * endpoint's latest event about the pledge is not already a deletion. Called in the transaction
 * that makes us forget or disown the supporter — a withdrawal, a fraud invalidation, retention's
 * anonymisation — so the event exists exactly when the change was committed. Whatever the
 * endpoint subscribed to, enabled or not (a disabled one gets it once enabled again).
 *
 * One statement however many pledges (an invalidation or a retention batch passes hundreds).
 * The row holds the type and the pledge id only; the payload is the receiver's supporterId.
 */
export async function recordDeletionEvents(tx: Prisma.TransactionClient, pledgeIds: readonly string[], occurredAt: Date): Promise<number> {
  if (pledgeIds.length === 0) return 0;
  const inserted = await tx.$queryRaw<{ endpointId: string }[]>`
    WITH latest AS (
      SELECT DISTINCT ON (w."endpointId", w."pledgeId") w."endpointId", w."pledgeId", w."type"
      FROM "WebhookEvent" w
      WHERE w."pledgeId" = ANY(${[...pledgeIds]}::uuid[])
      ORDER BY w."endpointId", w."pledgeId", w."seq" DESC
    )
    INSERT INTO "WebhookEvent" ("id", "endpointId", "type", "pledgeId", "data", "occurredAt")
    SELECT gen_random_uuid(), "endpointId", 'pledge.withdrawn', "pledgeId", '{}'::jsonb, ${occurredAt}::timestamptz
    FROM latest WHERE "type" <> 'pledge.withdrawn'
    ORDER BY "endpointId", "pledgeId"
    RETURNING "endpointId"::text AS "endpointId"`;
  if (inserted.length === 0) return 0;
  const endpointIds = [...new Set(inserted.map((row) => row.endpointId))];
  const enabled = await tx.webhookEndpoint.findMany({
    where: { id: { in: endpointIds }, enabled: true },
    select: { id: true, nextAttemptAt: true },
    // Endpoints in id order: two transactions touching the same jobs take their locks alike.
    orderBy: { id: "asc" },
  });
  for (const endpoint of enabled) await scheduleWebhookDelivery(tx, endpoint.id, endpoint.nextAttemptAt);
  return inserted.length;
}
