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
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { countryOptions } from "@/lib/geo/country-names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import { publicTotal } from "@/lib/stats/public-total";
import { siteOrigin, socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "" });
}

// Order follows what a visitor needs: what this is, how many have joined, the form (high on the
// page), then the story, others' words and ways to share.
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
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">{t("eyebrow")}</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{t("headline")}</h1>
        {/* Phones read count → form → intro; wide screens put the form beside them. */}
        <div className="mt-6 grid items-start gap-8 lg:grid-cols-[1fr_26rem]">
          <div className="lg:col-start-1 lg:row-start-1">
            <PledgeCount count={count} goal={campaign.goal} />
            <CountsFrozenNote locale={locale} frozenAt={campaign.countsFrozen ? campaign.countsFrozenAt : null} />
          </div>
          <section
            aria-labelledby="pledge-heading"
            className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:col-start-2 lg:row-span-2 lg:row-start-1"
          >
            <h2 id="pledge-heading" className="text-2xl font-bold">
              {tForm("heading")}
            </h2>
            <p className="mt-2 mb-4 italic">{tForm("pledgeText")}</p>
            {campaign.signingOpen ? (
              <PledgeForm locale={locale} countries={countryOptions(locale)} sensitiveCountries={campaign.sensitiveCountries} />
            ) : (
              <SigningPausedNotice />
            )}
          </section>
          <p className="text-lg leading-relaxed lg:col-start-1 lg:row-start-2">{t("intro")}</p>
        </div>
        <div className="mt-12 space-y-12">
          <CampaignStory locale={locale} campaignId={campaign.id} />
          <MessageWall locale={locale} messages={messages} />
          <HomeMapBlock locale={locale} />
          <ShareBlock locale={locale} url={new URL(`/${locale}`, siteOrigin()).href} title={tMeta("title")} text={tShare("message")} />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
