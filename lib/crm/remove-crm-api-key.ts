import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/**
 * Removes the CRM's key (ADMIN only) and with it switches pushes off: nothing can be sent without
 * it. Queued pushes are skipped when their job runs; the backfill queues them again once a key
 * is set.
 */
export async function removeCrmApiKey(actor: Actor, campaignId: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  const by = auditActorOf(actor);
  await db().$transaction(async (tx) => {
    const removed = await tx.crmConnection.updateMany({
      where: { campaignId, apiKeyEncrypted: { not: null } },
      data: { apiKeyEncrypted: null, enabled: false, keyRefusedAt: null, updatedBy: by.actorLabel },
    });
    if (removed.count === 0) return;
    await recordAuditEntry(tx, { actor: by, action: "crm.api_key_remove", target: { type: "campaign", id: campaignId } });
  });
}
