import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { publicCampaignPath } from "@/lib/campaigns/public-campaign-path";
import { readStoryForEditing } from "@/lib/campaigns/read-story-for-editing";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import { isLocale, routing } from "@/lib/i18n/routing";
import { StoryEditor } from "@/components/admin/settings/story-editor";
import { storyEditorAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminStory"))("title") };
}

const outcomes = ["saved", "reverted", "unchanged"];

// Two languages meet here: the page speaks the organiser's (adminLocale), the story being edited
// is in the one chosen in the query string (storyLocale), named in the organiser's language.
export default async function StoryPage({ searchParams }: PageProps<"/admin/settings/story">) {
  const query = await searchParams;
  const storyLocale = isLocale(query.locale) ? query.locale : routing.defaultLocale;
  const organiser = await requireOrganiserPage("ADMIN", isLocale(query.locale) ? `/admin/settings/story?locale=${storyLocale}` : "/admin/settings/story");
  const campaign = await getAdminCampaign();
  const { markdown, edited } = await readStoryForEditing(organiser, campaign.id, storyLocale);
  const [adminLocale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminStory")]);
  const outcome = typeof query.done === "string" && outcomes.includes(query.done) ? t(`done.${query.done}`) : undefined;
  const language = t(`languageName.${storyLocale}`);

  return (
    <>
      <p>
        <Link href="/admin/settings" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("heading", { language })}</h1>
      <nav aria-label={t("languagesLabel")} className="mt-3">
        <ul className="flex flex-wrap gap-4">
          {routing.locales.map((other) => (
            <li key={other}>
              <Link href={`/admin/settings/story?locale=${other}`} aria-current={other === storyLocale ? "page" : undefined} className={other === storyLocale ? "font-bold" : "underline"}>
                {t(`languageName.${other}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-3 text-slate-700">
        {edited ? t("edited", { who: edited.updatedBy, when: formatAdminDateTime(adminLocale, edited.updatedAt) }) : t("bundled")}{" "}
        <Link href={publicCampaignPath(storyLocale, campaign.slug)} className="underline">
          {t("openPublic")}
        </Link>
      </p>
      <p className="mt-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">{t("keepCurrent")}</p>
      <OutcomeBanner>{outcome}</OutcomeBanner>
      <StoryEditor key={storyLocale} locale={storyLocale} language={language} markdown={markdown} storyEditorAction={storyEditorAction} />
    </>
  );
}
