import { getTranslations } from "next-intl/server";
import { readCampaignStory } from "@/lib/content/read-campaign-story";
import type { Locale } from "@/lib/i18n/routing";
import { Markdown } from "./markdown";

/**
 * The campaign story (organiser-edited, else content/<locale>/story.md) under its own heading.
 * The section's heading is an h2, so the story's own headings start at h3.
 */
export async function CampaignStory({ locale, campaignId }: { locale: Locale; campaignId: string }) {
  const t = await getTranslations({ locale, namespace: "story" });
  const markdown = await readCampaignStory(campaignId, locale);
  return (
    <section aria-labelledby="story-heading" className="max-w-3xl">
      <h2 id="story-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <div className="mt-6">
        <Markdown markdown={markdown} topHeadingLevel={3} />
      </div>
    </section>
  );
}
