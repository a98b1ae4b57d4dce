import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { CampaignStatus } from "@/lib/db/generated/enums";

/**
 * Publishes, closes or hides a campaign (its ADMIN). Logged as a settings change, in the same
 * transaction. The default campaign's pages show it whatever its status; createPledge takes
 * pledges for LIVE campaigns only.
 */
export async function setCampaignStatus(actor: Actor, campaignId: string, status: CampaignStatus): Promise<{ changed: boolean }> {
  authorise(actor, "ADMIN", campaignId);
  return db().$transaction(async (tx) => {
    const current = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { status: true } });
    if (current.status === status) return { changed: false };
    await tx.campaign.update({ where: { id: campaignId }, data: { status }, select: { id: true } });
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "settings.change",
      target: { type: "campaign", id: campaignId },
      details: { before: { status: current.status }, after: { status } },
      campaignId,
    });
    return { changed: true };
  });
}
