import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { readCampaignSettings } from "@/lib/campaigns/read-campaign-settings";
import { shortSigningUrl } from "@/lib/campaigns/event-signing-url";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import { routing } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/seo/page-metadata";
import { ActionForm } from "@/components/admin/ui/action-form";
import { setStatusAction, setSwitchAction, updateSettingsAction } from "./actions";
import { CAMPAIGN_STATUSES } from "@/lib/campaigns/campaign-status-schema";
import { publicCampaignPath } from "@/lib/campaigns/public-campaign-path";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminSettings"))("title") };
}

// ADMIN only: moderators and viewers get the 403 page (decisions/0013-…). Every change is in the
// audit log and shows on the public pages at their next render (they read the campaign per request).

const outcomes = ["saved", "unchanged", "signingOpen-on", "signingOpen-off", "countsFrozen-on", "countsFrozen-off", "story"];

export default async function SettingsPage({ searchParams }: PageProps<"/admin/settings">) {
  const organiser = await requireOrganiserPage("ADMIN", "/admin/settings");
  const campaign = await getAdminCampaign();
  const { settings, stories } = await readCampaignSettings(organiser, campaign.id);
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminSettings")]);
  const done = (await searchParams).done;
  const outcome = typeof done === "string" && outcomes.includes(done) ? t(`done.${done}`) : undefined;
  const time = (date: Date) => formatAdminDateTime(locale, date);

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro", { title: campaign.title })}</p>
      <OutcomeBanner>{outcome}</OutcomeBanner>

      <section aria-labelledby="visibility-heading" className="mt-8">
        <h2 id="visibility-heading" className="text-xl font-bold">
          {t("visibility.heading")}
        </h2>
        <p className="mt-1 text-slate-700">
          {t("visibility.address")} <code>{publicCampaignPath(locale, campaign.slug)}</code>
        </p>
        <ActionForm action={setStatusAction} submitLabel={t("visibility.save")} tone="secondary" className="mt-3 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="campaign-visibility" className="block font-semibold">
              {t("visibility.label")}
            </label>
            <select id="campaign-visibility" name="status" defaultValue={campaign.status} className="field mt-1">
              {CAMPAIGN_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`visibility.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="switches-heading" className="mt-8">
        <h2 id="switches-heading" className="text-xl font-bold">
          {t("switchesHeading")}
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Switch
            name="signingOpen"
            title={t("signing.title")}
            state={t(settings.signingOpen ? "signing.open" : "signing.paused")}
            on={!settings.signingOpen}
            label={t(settings.signingOpen ? "signing.pause" : "signing.resume")}
          />
          <Switch
            name="countsFrozen"
            title={t("counts.title")}
            state={settings.countsFrozen ? t("counts.frozen", { since: settings.countsFrozenAt ? time(settings.countsFrozenAt) : "—" }) : t("counts.live")}
            on={!settings.countsFrozen}
            label={t(settings.countsFrozen ? "counts.unfreeze" : "counts.freeze")}
          />
        </div>
      </section>

      <section aria-labelledby="settings-heading" className="mt-10">
        <h2 id="settings-heading" className="text-xl font-bold">
          {t("settingsHeading")}
        </h2>
        <SettingsForm current={settings} defaultEventUrl={shortSigningUrl(new URL(publicCampaignPath(locale, campaign.slug), await siteOrigin()).href)} updateSettingsAction={updateSettingsAction} />
      </section>

      <section aria-labelledby="story-heading" className="mt-10">
        <h2 id="story-heading" className="text-xl font-bold">
          {t("storyHeading")}
        </h2>
        <p className="mt-1 text-slate-700">{t("storyIntro")}</p>
        {/* The bundled story is dated to its source article; nothing updates it but the organisers. */}
        <p className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">{t("storyKeepCurrent")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {routing.locales.map((storyLocale) => {
            const story = stories.find((row) => row.locale === storyLocale);
            return (
              <li key={storyLocale}>
                <Link href={`/admin/settings/story?locale=${storyLocale}`} className="underline">
                  {t("editStory", { locale: storyLocale })}
                </Link>
                : {story ? t("storyEdited", { who: story.updatedBy, when: time(story.updatedAt) }) : t("storyBundled")}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function Switch(props: { name: "signingOpen" | "countsFrozen"; title: string; state: string; on: boolean; label: string }) {
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-slate-300">
      <h3 className="font-semibold">{props.title}</h3>
      <p className="mt-1 text-slate-700" data-testid={`switch-${props.name}`}>
        {props.state}
      </p>
      <ActionForm action={setSwitchAction} submitLabel={props.label} tone={props.name === "signingOpen" && !props.on ? "danger" : "secondary"} className="mt-3 flex flex-wrap gap-3">
        <input type="hidden" name="name" value={props.name} />
        <input type="hidden" name="value" value={props.on ? "on" : "off"} />
      </ActionForm>
    </div>
  );
}
