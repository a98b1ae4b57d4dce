import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { CiteForm } from "@/components/stats/cite-form";
import { ConfirmedMeaning } from "@/components/stats/confirmed-meaning";
import { CountryTable } from "@/components/stats/country-table";
import { EmbedCode } from "@/components/stats/embed-code";
import { HistorySection } from "@/components/stats/history-section";
import { LedgerSection } from "@/components/stats/ledger-section";
import { OpenDataLinks } from "@/components/stats/open-data-links";
import { StatsTotal } from "@/components/stats/stats-total";
import { MIN_MAP_THRESHOLD } from "@/lib/geo/map-data/build-map-data";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { loadPageHistory } from "@/lib/open-data/load-history";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { siteOrigin, socialMetadata } from "@/lib/seo/page-metadata";
import { citeStatsAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/stats">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "stats.meta" });
  return { title: t("title"), ...(await socialMetadata(locale, { title: t("title"), description: t("description"), path: "/stats" })) };
}

// Everything here is server-rendered and works without JavaScript; the chart and the reader's
// local time are the only client leaves, and the tables under them carry the same numbers.
export default async function StatsPage({ params, searchParams }: PageProps<"/[locale]/stats">) {
  const locale = await pageLocale(params);
  await connection();
  const granularity = (await searchParams).history === "hour" ? "hour" : "day";
  const t = await getTranslations("stats");
  // Only the cached public numbers: while the database is down this page still shows the last
  // ones read, with their as-of time (lib/open-data/load-stats.ts).
  const current = await loadPublicStats();
  const points = await loadPageHistory(current, granularity);
  const { stats } = current;

  return (
    <>
      <SiteHeader locale={locale} path="/stats" />
      <main id="main" className="mx-auto max-w-5xl space-y-12 px-4 py-8">
        <div>
          <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
          <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
        </div>
        <StatsTotal stats={stats} locale={locale} />
        <section aria-labelledby="cite-heading" className="rounded-xl bg-blue-50 p-6 ring-1 ring-blue-200">
          <h2 id="cite-heading" className="text-2xl font-bold">
            {t("cite.heading")}
          </h2>
          <p className="mt-3">{t("cite.body")}</p>
          <CiteForm action={citeStatsAction} locale={locale} label={t("cite.button")} failure={t("cite.failed")} />
        </section>
        <CountryTable countries={stats.countries} locale={locale} k={Math.max(MIN_MAP_THRESHOLD, current.tallies.mapThreshold)} />
        <HistorySection points={points} granularity={granularity} locale={locale} />
        <LedgerSection ledger={stats.ledger} countedAt={stats.ledgerCountedAt} locale={locale} />
        <ConfirmedMeaning locale={locale} />
        <OpenDataLinks />
        <EmbedCode origin={await siteOrigin()} locale={locale} />
      </main>
      <SiteFooter />
    </>
  );
}
