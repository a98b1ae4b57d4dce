import "server-only";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { noteCrmWithdrawals } from "@/lib/crm/note-crm-withdrawal";
import { db } from "@/lib/db/client";
import { PreviewChangedError } from "@/lib/errors";
import { recordDeletionEvents } from "@/lib/webhooks/record-deletion-events";
import { criteriaRecord, criteriaWhere } from "./criteria-sql";
import type { InvalidationCriteria } from "./invalidation-criteria";

export interface InvalidationRequest {
  criteria: InvalidationCriteria;
  reason: string;
  /** The count the organiser saw in the preview. */
  expected: number;
}

/**
 * Marks every pledge matching the criteria INVALID, in one transaction with its PledgeInvalidation
 * row and the audit entry (MODERATOR). The matching rows are locked first; if their number is not
 * the one previewed (pledges arrived, were confirmed or withdrawn meanwhile) nothing changes and
 * PreviewChangedError carries the new count. Confirmed pledges leave the public count at the next
 * aggregator tick through the tally trigger; no tally is touched here.
 *
 * Organisers disown these pledges, so whoever was told about them is told to forget them, in the
 * same transaction and exactly as after a withdrawal: webhook receivers get the deletion event
 * (ADR 0052), supporters already in the CRM are listed for removal and unsubscribed (ADR 0053).
 */
export async function invalidatePledges(actor: Actor, campaignId: string, request: InvalidationRequest): Promise<{ invalidationId: string; matched: number }> {
  authorise(actor, "MODERATOR", campaignId);
  const by = auditActorOf(actor);
  return db().$transaction(async (tx) => {
    // CRM records before pledges, the order a withdrawal takes them in (noteCrmWithdrawal), so the
    // two racing over one supporter wait for each other instead of deadlocking.
    await tx.$queryRaw`
      SELECT 1 FROM "CrmPush"
      WHERE "pledgeId" IN (SELECT id FROM "Pledge" WHERE ${criteriaWhere(campaignId, request.criteria)})
        AND "state" = 'PUSHED' AND "withdrawnAt" IS NULL
      ORDER BY "pledgeId" FOR UPDATE`;
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Pledge" WHERE ${criteriaWhere(campaignId, request.criteria)} FOR UPDATE`;
    if (locked.length !== request.expected) throw new PreviewChangedError(request.expected, locked.length);
    const criteria = criteriaRecord(request.criteria);
    const invalidation = await tx.pledgeInvalidation.create({
      data: { campaignId, reason: request.reason, criteria, matched: locked.length, createdById: by.actorId, createdBy: by.actorLabel },
      select: { id: true },
    });
    const ids = locked.map((row) => row.id);
    await tx.$executeRaw`
      UPDATE "Pledge" SET "statusBeforeInvalidation" = "status", "status" = 'INVALID', "invalidatedAt" = now(),
        "invalidationId" = ${invalidation.id}::uuid, "updatedAt" = now()
      WHERE id = ANY(${ids}::uuid[])`;
    const now = new Date();
    await noteCrmWithdrawals(tx, ids, now);
    await recordDeletionEvents(tx, ids, now);
    await recordAuditEntry(tx, {
      campaignId,
      actor: by,
      action: "pledges.invalidate",
      target: { type: "invalidation", id: invalidation.id },
      details: { campaignId, criteria, reason: request.reason, matched: locked.length },
    });
    return { invalidationId: invalidation.id, matched: locked.length };
  });
}
