import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { readStory, storyMarkdown } from "./read-story";

/**
 * The story the public page shows: the organisers' edited version for this locale when there is
 * one (admin settings), otherwise content/<locale>/story.md. Read per request, so a saved edit
 * shows on the next page view.
 */
export async function readCampaignStory(campaignId: string, locale: Locale): Promise<string> {
  const edited = await db().campaignStory.findUnique({
    where: { campaignId_locale: { campaignId, locale } },
    select: { markdown: true },
  });
  return edited ? storyMarkdown(edited.markdown) : readStory(locale);
}
