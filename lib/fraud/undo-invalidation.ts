import "server-only";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { queueCrmPushes } from "@/lib/crm/queue-crm-pushes";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordPledgeEvents } from "@/lib/webhooks/record-webhook-event";

/**
 * Undoes a bulk invalidation (MODERATOR): each of its pledges that is still INVALID because of it
 * gets back the status it had before (a pledge withdrawn since stays withdrawn). Restored
 * confirmed pledges count again at the next aggregator tick. Undoing twice is refused: the
 * conditional update lets only one of two organisers pressing "Undo" at once succeed.
 */
export async function undoInvalidation(actor: Actor, campaignId: string, invalidationId: string): Promise<{ restored: number }> {
  authorise(actor, "MODERATOR", campaignId);
  const by = auditActorOf(actor);
  return db().$transaction(async (tx) => {
    const marked = await tx.pledgeInvalidation.updateMany({
      where: { id: invalidationId, campaignId, undoneAt: null },
      data: { undoneAt: new Date(), undoneBy: by.actorLabel },
    });
    if (marked.count === 0) {
      const existing = await tx.pledgeInvalidation.findFirst({ where: { id: invalidationId, campaignId }, select: { undoneBy: true } });
      if (!existing) throw new NotFoundError(`invalidation ${invalidationId} not found`);
      throw new ConflictError(`invalidation ${invalidationId} was already undone by ${existing.undoneBy ?? "someone"}`);
    }
    const rows = await tx.$queryRaw<{ id: string; status: string; messageApproved: boolean }[]>`
      UPDATE "Pledge" SET "status" = "statusBeforeInvalidation", "statusBeforeInvalidation" = NULL, "invalidatedAt" = NULL,
        "invalidationId" = NULL, "updatedAt" = now()
      WHERE "invalidationId" = ${invalidationId}::uuid AND "status" = 'INVALID' AND "statusBeforeInvalidation" IS NOT NULL
      RETURNING id::text AS id, "status"::text AS "status", ("messageStatus" = 'APPROVED') IS TRUE AS "messageApproved"`;
    const restored = rows.length;
    // Confirmed ones count again, and consenting ones not yet in the CRM are queued for it (ADR 0053).
    await queueCrmPushes(tx, rows.map((row) => row.id));
    // Webhook receivers were told to delete them: subscribers hear about them again, as new
    // (ADR 0052). A supporter already removed from the CRM stays removed (ADR 0053).
    const confirmed = rows.filter((row) => row.status === "CONFIRMED");
    const now = new Date();
    await recordPledgeEvents(tx, campaignId, "pledge.confirmed", confirmed.map((row) => row.id), now);
    await recordPledgeEvents(tx, campaignId, "message.approved", confirmed.filter((row) => row.messageApproved).map((row) => row.id), now);
    await recordAuditEntry(tx, {
      campaignId,
      actor: by,
      action: "pledges.invalidation_undo",
      target: { type: "invalidation", id: invalidationId },
      details: { campaignId, restored },
    });
    return { restored };
  });
}
