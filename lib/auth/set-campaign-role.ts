import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { auditActorOf, authoriseInstance, type Actor } from "./actor";
import { lockOrganiser, type OrganiserRef } from "./organiser-ref";
import type { OrganiserRole } from "./roles";

/**
 * Gives an active organiser a role in one campaign, or takes it away (null). Instance ADMIN only:
 * people are managed for the whole instance (docs/decisions/0054-several-campaigns-one-instance.md).
 * Their role in that campaign is then the higher of this and their instance role.
 */
export async function setCampaignRole(actor: Actor, ref: OrganiserRef, campaignId: string, role: OrganiserRole | null): Promise<{ changed: boolean }> {
  authoriseInstance(actor, "ADMIN");
  return db().$transaction(async (tx) => {
    const user = await lockOrganiser(tx, ref);
    if (user.disabledAt) throw new ValidationError({ role: ["organiserRemoved"] });
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
    if (!campaign) throw new NotFoundError(`no campaign ${campaignId}`);
    const key = { userId_campaignId: { userId: user.id, campaignId } };
    const current = (await tx.campaignRole.findUnique({ where: key, select: { role: true } }))?.role ?? null;
    if (current === role) return { changed: false };
    if (role) await tx.campaignRole.upsert({ where: key, create: { userId: user.id, campaignId, role }, update: { role }, select: { userId: true } });
    else await tx.campaignRole.delete({ where: key, select: { userId: true } });
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "organiser.campaign_role",
      target: { type: "user", id: user.id },
      details: { email: user.email, from: current ?? "none", to: role ?? "none" },
      campaignId,
    });
    return { changed: true };
  });
}
