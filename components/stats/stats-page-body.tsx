import { getTranslations } from "next-intl/server";
import { MIN_MAP_THRESHOLD } from "@/lib/geo/map-data/build-map-data";
import type { Locale } from "@/lib/i18n/routing";
import { loadPageHistory } from "@/lib/open-data/load-history";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { deliveryPagePath } from "@/lib/campaigns/public-addresses";
import { siteOrigin } from "@/lib/seo/page-metadata";
import { CiteForm, type CiteAction } from "./cite-form";
import { ConfirmedMeaning } from "./confirmed-meaning";
import { CountryTable } from "./country-table";
import { EmbedCode } from "./embed-code";
import { HistorySection } from "./history-section";
import { LedgerSection } from "./ledger-section";
import { OpenDataLinks } from "./open-data-links";
import { StatsTotal } from "./stats-total";

interface StatsPageBodyProps {
  locale: Locale;
  granularity: "hour" | "day";
  /** "Cite this": it snapshots the page's campaign (the form sends another campaign's slug). */
  citeAction: CiteAction;
  /** Another campaign than the default: its slug and title. */
  campaign?: { slug: string; title: string };
}

/** A campaign's public numbers page: the default's /stats and another's /campaigns/<slug>/stats. */
export async function StatsPageBody({ locale, granularity, citeAction, campaign }: StatsPageBodyProps) {
  const t = await getTranslations("stats");
  // Only the cached public numbers: while the database is down this page still shows the last
  // ones read, with their as-of time (lib/open-data/load-stats.ts).
  const current = await loadPublicStats(campaign?.slug);
  const points = await loadPageHistory(current, granularity);
  const { stats } = current;
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-12 px-4 py-8">
      <div>
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        {campaign && <p className="mt-2 text-lg font-semibold">{campaign.title}</p>}
        <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
      </div>
      <StatsTotal stats={stats} locale={locale} />
      <section aria-labelledby="cite-heading" className="rounded-xl bg-blue-50 p-6 ring-1 ring-blue-200">
        <h2 id="cite-heading" className="text-2xl font-bold">
          {t("cite.heading")}
        </h2>
        <p className="mt-3">{t("cite.body")}</p>
        <CiteForm action={citeAction} locale={locale} campaignSlug={campaign?.slug} label={t("cite.button")} failure={t("cite.failed")} />
      </section>
      <CountryTable countries={stats.countries} locale={locale} k={Math.max(MIN_MAP_THRESHOLD, current.tallies.mapThreshold)} />
      <HistorySection points={points} granularity={granularity} locale={locale} campaignSlug={campaign?.slug} />
      <LedgerSection ledger={stats.ledger} countedAt={stats.ledgerCountedAt} locale={locale} />
      <ConfirmedMeaning locale={locale} />
      <p>
        <a href={deliveryPagePath(locale, campaign?.slug)} className="font-semibold text-blue-900 underline">
          {(await getTranslations("delivery"))("statsLink")}
        </a>
      </p>
      <OpenDataLinks campaignSlug={campaign?.slug} />
      <EmbedCode origin={await siteOrigin()} locale={locale} campaignSlug={campaign?.slug} />
    </main>
  );
}
