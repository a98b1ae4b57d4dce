import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { readCampaignStory } from "@/lib/content/read-campaign-story";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The text the story editor starts from (ADMIN only): the edited version, else the bundled
 * content/<locale>/story.md, so organisers edit what the public page shows right now.
 */
export async function readStoryForEditing(actor: Actor, campaignId: string, locale: Locale) {
  authorise(actor, "ADMIN", campaignId);
  const [markdown, edited] = await Promise.all([
    readCampaignStory(campaignId, locale),
    db().campaignStory.findUnique({ where: { campaignId_locale: { campaignId, locale } }, select: { updatedAt: true, updatedBy: true } }),
  ]);
  return { markdown, edited };
}
