import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * An organiser says they removed a withdrawn supporter's copy from the CRM (ADMIN only). The
 * CRM's identifier for them, the last thing here that points at the person, is erased from the
 * push record and its log, and the pledge leaves the "to remove" list.
 */
export async function confirmCrmRemoval(actor: Actor, campaignId: string, pledgeId: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  const by = auditActorOf(actor);
  await db().$transaction(async (tx) => {
    const marked = await tx.crmPush.updateMany({
      where: { pledgeId, campaignId, withdrawnAt: { not: null }, removalConfirmedAt: null },
      data: { removalConfirmedAt: new Date(), osdiIdentifier: null },
    });
    if (marked.count === 0) throw new NotFoundError(`no CRM removal waiting for pledge ${pledgeId}`);
    await tx.crmPushAttempt.updateMany({ where: { pledgeId }, data: { osdiIdentifier: null } });
    await recordAuditEntry(tx, { actor: by, action: "crm.removal_confirm", target: { type: "pledge", id: pledgeId } });
  });
}
