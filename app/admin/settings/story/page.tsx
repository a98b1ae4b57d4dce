import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { readStoryForEditing } from "@/lib/campaigns/read-story-for-editing";
import { isLocale, routing } from "@/lib/i18n/routing";
import { StoryEditor } from "./story-editor";

export const metadata: Metadata = { title: "Campaign story" };

const languageNames: Record<string, string> = { en: "English", be: "Belarusian", ru: "Russian" };
const outcomes: Record<string, string> = {
  saved: "Story saved: the public page shows it now.",
  reverted: "Edited story removed: the public page shows the bundled text again.",
  unchanged: "Nothing had changed: nothing was saved.",
};

export default async function StoryPage({ searchParams }: PageProps<"/admin/settings/story">) {
  const query = await searchParams;
  const locale = isLocale(query.locale) ? query.locale : routing.defaultLocale;
  const organiser = await requireOrganiserPage("ADMIN", isLocale(query.locale) ? `/admin/settings/story?locale=${locale}` : "/admin/settings/story");
  const campaign = await getCurrentCampaign();
  const { markdown, edited } = await readStoryForEditing(organiser, campaign.id, locale);
  const outcome = typeof query.done === "string" ? outcomes[query.done] : undefined;
  const language = languageNames[locale] ?? locale;

  return (
    <>
      <p>
        <Link href="/admin/settings" className="underline">
          ← Campaign settings
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">Campaign story: {language}</h1>
      <nav aria-label="Story languages" className="mt-3">
        <ul className="flex flex-wrap gap-4">
          {routing.locales.map((other) => (
            <li key={other}>
              <Link href={`/admin/settings/story?locale=${other}`} aria-current={other === locale ? "page" : undefined} className={other === locale ? "font-bold" : "underline"}>
                {languageNames[other]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-3 text-slate-700">
        {edited ? `Edited by ${edited.updatedBy}, ${edited.updatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC.` : "The public page shows the bundled text."}{" "}
        <Link href={`/${locale}`} className="underline">
          Open the public page
        </Link>
      </p>
      {outcome && (
        <p role="status" className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
          {outcome}
        </p>
      )}
      <StoryEditor key={locale} locale={locale} language={language} markdown={markdown} />
    </>
  );
}
