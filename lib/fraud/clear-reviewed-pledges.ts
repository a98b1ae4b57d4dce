import "server-only";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { queueCrmPushes } from "@/lib/crm/queue-crm-pushes";
import { db } from "@/lib/db/client";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";

/**
 * Clears held pledges (MODERATOR): each one still PENDING_REVIEW becomes CONFIRMED and counts at
 * the next aggregator tick (the tally trigger sees the change). The update is conditional, so of
 * two organisers clearing the same pledge at once only one changes it, and a pledge invalidated
 * or withdrawn meanwhile stays as it is. reviewReason is kept: it records why it was held.
 */
export async function clearReviewedPledges(actor: Actor, campaignId: string, pledgeIds: string[]): Promise<{ cleared: number; skipped: number }> {
  authorise(actor, "MODERATOR", campaignId);
  const by = auditActorOf(actor);
  const ids = [...new Set(pledgeIds)];
  return db().$transaction(async (tx) => {
    const cleared = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Pledge" SET "status" = 'CONFIRMED', "confirmedAt" = COALESCE("confirmedAt", now()), "updatedAt" = now()
      WHERE id = ANY(${ids}::uuid[]) AND "campaignId" = ${campaignId}::uuid AND "status" = 'PENDING_REVIEW'
      RETURNING id`;
    for (const { id } of cleared) await recordWebhookEvent(tx, { campaignId, type: "pledge.confirmed", pledgeId: id });
    if (cleared.length > 0) {
      // Confirmed now: consenting ones go to the organisers' CRM, if one is switched on (ADR 0053).
      await queueCrmPushes(tx, cleared.map((row) => row.id));
      await recordAuditEntry(tx, {
        campaignId,
        actor: by,
        action: "pledges.review_clear",
        target: cleared.length === 1 ? { type: "pledge", id: cleared[0]!.id } : undefined,
        details: { campaignId, cleared: cleared.length, pledgeIds: cleared.map((row) => row.id) },
      });
    }
    return { cleared: cleared.length, skipped: ids.length - cleared.length };
  });
}
