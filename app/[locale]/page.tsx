import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CountsFrozenNote } from "@/components/campaign/counts-frozen-note";
import { SigningPausedNotice } from "@/components/campaign/signing-paused-notice";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { HomeMapBlock } from "@/components/map/home-map-block";
import { MessageWall } from "@/components/messages/message-wall";
import { ShareBlock } from "@/components/share/share-block";
import { CampaignStory } from "@/components/story/campaign-story";
import { PledgeCount } from "@/components/pledge/pledge-count";
import { PledgeForm } from "@/components/pledge/pledge-form";
import { NextSteps } from "@/components/pledge/next-steps";
import { SolidarityIllustration } from "@/components/campaign/solidarity-illustration";
import { OrganisationLine } from "@/components/layout/organisation-line";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { countryOptions } from "@/lib/geo/country-names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import { publicTotal } from "@/lib/stats/public-total";
import { siteOrigin, socialMetadata } from "@/lib/seo/page-metadata";
import { submitPledge } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "" });
}

// The first screen holds what a visitor needs to decide, at 1280x800 and on a 390x844 phone:
// what this is, why it matters (two sentences), how many have joined, and the form's first
// fields. Wide screens put the form beside the rest; phones read headline -> lead -> count ->
// form, then the picture. The story, others' words and ways to share come after.
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  await connection(); // the count is live: render per request, never at build time
  const t = await getTranslations("home");
  const tForm = await getTranslations("pledgeForm");
  const tMeta = await getTranslations("meta");
  const tShare = await getTranslations("share");
  const campaign = await getCurrentCampaign();
  const [count, messages] = await Promise.all([publicTotal(campaign.id), listPublicMessages(campaign, { limit: 6 })]);

  return (
    <>
      <SiteHeader locale={locale} path="" />
      <main id="main" className="mx-auto max-w-5xl px-4 py-4 lg:py-8">
        {/* The last row is flexible, so a form taller than the column beside it leaves no gaps. */}
        <div className="grid items-start gap-x-10 gap-y-4 lg:grid-cols-[1fr_26rem] lg:grid-rows-[auto_auto_auto_1fr]">
          <div className="lg:col-start-1 lg:row-start-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-blue-900 sm:text-sm">{t("eyebrow")}</p>
            <h1 className="mt-1 text-2xl font-bold sm:mt-2 sm:text-4xl">{t("headline")}</h1>
            <p className="mt-2 text-base leading-relaxed sm:mt-3 sm:text-lg" data-testid="campaign-lead">
              {t("intro")}
            </p>
          </div>
          <div className="lg:col-start-1 lg:row-start-2">
            <PledgeCount count={count} goal={campaign.goal} />
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
            {campaign.signingOpen ? (
              <PledgeForm
                locale={locale}
                countries={countryOptions(locale)}
                sensitiveCountries={campaign.sensitiveCountries}
                nextSteps={<NextSteps locale={locale} moment="signed" headingLevel={3} />}
                action={submitPledge}
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
          <MessageWall locale={locale} messages={messages} />
          <HomeMapBlock locale={locale} />
          <ShareBlock locale={locale} url={new URL(`/${locale}`, await siteOrigin()).href} title={tMeta("title")} text={tShare("message")} />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
