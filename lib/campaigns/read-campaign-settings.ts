import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { campaignSettingsSelect, settingsOf } from "./campaign-settings";

/** The settings page's data: every setting and each locale's edited story (ADMIN only). */
export async function readCampaignSettings(actor: Actor, campaignId: string) {
  authorise(actor, "ADMIN", campaignId);
  const campaign = await db().campaign.findUnique({
    where: { id: campaignId },
    select: { ...campaignSettingsSelect, stories: { select: { locale: true, markdown: true, updatedAt: true, updatedBy: true } } },
  });
  if (!campaign) throw new NotFoundError(`campaign ${campaignId} does not exist`);
  const { stories, ...settings } = campaign;
  return { settings: settingsOf(settings), stories };
}
