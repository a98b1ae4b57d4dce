import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { campaignSettingsSelect, changedSettings, settingsOf, type CampaignSettings, type SettingName } from "./campaign-settings";

/**
 * Changes some of a campaign's settings (ADMIN only) and records "settings.change" with the
 * before and after of exactly the fields that changed, in the same transaction. The row is locked
 * first, so two admins saving at once are applied one after the other, each logged against what
 * it really replaced. Public pages read the campaign per request: the change shows on their next
 * render. Freezing stamps countsFrozenAt (the public "frozen since" note); unfreezing clears it.
 */
export async function updateCampaignSettings(actor: Actor, campaignId: string, next: Partial<CampaignSettings>): Promise<{ changed: SettingName[] }> {
  authorise(actor, "ADMIN", campaignId);
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Campaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError(`campaign ${campaignId} does not exist`);
    const current = settingsOf(await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: campaignSettingsSelect }));
    const changed = changedSettings(current, next);
    if (changed.length === 0) return { changed };

    const data: Prisma.CampaignUpdateInput = Object.fromEntries(changed.map((name) => [name, next[name]]));
    if (changed.includes("countsFrozen")) data.countsFrozenAt = next.countsFrozen ? new Date() : null;
    await tx.campaign.update({ where: { id: campaignId }, data, select: { id: true } });
    await recordAuditEntry(tx, {
      campaignId,
      actor: auditActorOf(actor),
      action: "settings.change",
      target: { type: "campaign", id: campaignId },
      details: {
        before: Object.fromEntries(changed.map((name) => [name, current[name]])),
        after: Object.fromEntries(changed.map((name) => [name, next[name] ?? null])),
      } as Prisma.InputJsonObject,
    });
    return { changed };
  });
}
