import { getTranslations } from "next-intl/server";
import type { FormStateAction } from "@/lib/actions/form-state";
import type { PublicCampaign } from "@/lib/campaigns/get-current-campaign";
import { countryOptions } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import type { PledgeField } from "@/lib/pledges/schema";
import { siteOrigin } from "@/lib/seo/page-metadata";
import { publicTotal } from "@/lib/stats/public-total";
import { CountsFrozenNote } from "@/components/campaign/counts-frozen-note";
import { SigningPausedNotice } from "@/components/campaign/signing-paused-notice";
import { SolidarityIllustration } from "@/components/campaign/solidarity-illustration";
import { OrganisationLine } from "@/components/layout/organisation-line";
import { HomeMapBlock } from "@/components/map/home-map-block";
import { MessageWall } from "@/components/messages/message-wall";
import { NextSteps } from "@/components/pledge/next-steps";
import { PledgeCount } from "@/components/pledge/pledge-count";
import { PledgeForm } from "@/components/pledge/pledge-form";
import { ShareBlock } from "@/components/share/share-block";
import { CampaignStory } from "@/components/story/campaign-story";

// A campaign's home page body, shared by the default campaign's / and every other campaign's
// /campaigns/<slug> (docs/decisions/0054-several-campaigns-one-instance.md). The default keeps its
// own headline and lead (messages/*/home.json) and its map; another campaign is introduced by its
// title and its story, and has no map page of its own yet.
//
// The first screen holds what a visitor needs to decide, at 1280x800 and on a 390x844 phone:
// what this is, why it matters (two sentences), how many have joined, and the form's first
// fields. Wide screens put the form beside the rest; phones read headline -> lead -> count ->
// form, then the picture. The story, others' words and ways to share come after.

interface CampaignHomeProps {
  locale: Locale;
  campaign: PublicCampaign;
  /** False for a campaign at /campaigns/<slug>: its form names it, its links stay inside it. */
  isDefault: boolean;
  submitPledge: FormStateAction<PledgeField>;
}

export async function CampaignHome({ locale, campaign, isDefault, submitPledge }: CampaignHomeProps) {
  const t = await getTranslations("home");
  const tForm = await getTranslations("pledgeForm");
  const tMeta = await getTranslations("meta");
  const tShare = await getTranslations("share");
  const [tCampaigns, tStats, tWall, tMap] = await Promise.all([getTranslations("campaigns"), getTranslations("stats"), getTranslations("messageWall"), getTranslations("map")]);
  const [count, messages] = await Promise.all([publicTotal(campaign.id), listPublicMessages(campaign, { limit: 6 })]);
  const base = isDefault ? "" : `/campaigns/${campaign.slug}`;
  const other = isDefault ? undefined : { slug: campaign.slug, title: campaign.title };

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-4 lg:py-8">
      {/* The last row is flexible, so a form taller than the column beside it leaves no gaps. */}
      <div className="grid items-start gap-x-10 gap-y-4 lg:grid-cols-[1fr_26rem] lg:grid-rows-[auto_auto_auto_1fr]">
        <div className="lg:col-start-1 lg:row-start-1">
          {isDefault ? (
            <>
              <p className="text-xs font-semibold uppercase tracking-wide text-blue-900 sm:text-sm">{t("eyebrow")}</p>
              <h1 className="mt-1 text-2xl font-bold sm:mt-2 sm:text-4xl">{t("headline")}</h1>
              <p className="mt-2 text-base leading-relaxed sm:mt-3 sm:text-lg" data-testid="campaign-lead">
                {t("intro")}
              </p>
            </>
          ) : (
            <>
              <h1 className="mt-1 text-2xl font-bold sm:mt-2 sm:text-4xl">{campaign.title}</h1>
              {/* The site header's links are the default campaign's: this one's own pages. */}
              <nav aria-label={tCampaigns("pagesLabel")} className="mt-2">
                <ul className="flex flex-wrap gap-x-4">
                  <li>
                    <a href={`/${locale}${base}/map`} className="font-semibold text-blue-900 underline">
                      {tMap("heading")}
                    </a>
                  </li>
                  <li>
                    <a href={`/${locale}${base}/stats`} className="font-semibold text-blue-900 underline">
                      {tStats("heading")}
                    </a>
                  </li>
                  <li>
                    <a href={`/${locale}${base}/messages`} className="font-semibold text-blue-900 underline">
                      {tWall("heading")}
                    </a>
                  </li>
                </ul>
              </nav>
            </>
          )}
        </div>
        <div className="lg:col-start-1 lg:row-start-2">
          <PledgeCount count={count} goal={campaign.goal} campaignSlug={other?.slug} />
          <CountsFrozenNote locale={locale} frozenAt={campaign.countsFrozen ? campaign.countsFrozenAt : null} />
        </div>
        <section
          id="pledge"
          aria-labelledby="pledge-heading"
          className="scroll-mt-4 rounded-xl bg-white p-4 shadow-sm sm:p-5 ring-1 ring-slate-200 lg:col-start-2 lg:row-span-4 lg:row-start-1"
        >
          <h2 id="pledge-heading" className="text-xl font-bold sm:text-2xl">
            {tForm("heading")}
          </h2>
          <p className="mt-1 mb-3 text-sm italic sm:mt-2 sm:mb-4 sm:text-base">{tForm("pledgeText")}</p>
          {campaign.signingOpen && campaign.status === "LIVE" ? (
            <PledgeForm
              locale={locale}
              countries={countryOptions(locale)}
              sensitiveCountries={campaign.sensitiveCountries}
              nextSteps={<NextSteps locale={locale} moment="signed" headingLevel={3} campaign={other} />}
              action={submitPledge}
              campaignSlug={other?.slug}
            />
          ) : (
            <SigningPausedNotice />
          )}
        </section>
        <div className="space-y-3 lg:col-start-1 lg:row-start-3">
          <SolidarityIllustration className="h-auto w-full max-w-xl" />
          <OrganisationLine locale={locale} className="text-sm text-slate-700" />
        </div>
      </div>
      <div className="mt-12 space-y-12">
        <CampaignStory locale={locale} campaignId={campaign.id} />
        <MessageWall locale={locale} messages={messages} base={base} />
        {isDefault && <HomeMapBlock locale={locale} />}
        <ShareBlock locale={locale} url={new URL(`/${locale}${base}`, await siteOrigin()).href} title={other?.title ?? tMeta("title")} text={tShare("message")} />
      </div>
    </main>
  );
}
