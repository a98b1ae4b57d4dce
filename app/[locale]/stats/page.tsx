import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { StatsPageBody } from "@/components/stats/stats-page-body";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";
import { citeStatsAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/stats">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "stats.meta" });
  return { title: t("title"), ...(await socialMetadata(locale, { title: t("title"), description: t("description"), path: "/stats" })) };
}

// Everything here is server-rendered and works without JavaScript; the chart and the reader's
// local time are the only client leaves, and the tables under them carry the same numbers. The
// body is shared with other campaigns' /campaigns/<slug>/stats (components/stats/stats-page-body.tsx).
export default async function StatsPage({ params, searchParams }: PageProps<"/[locale]/stats">) {
  const locale = await pageLocale(params);
  await connection();
  const granularity = (await searchParams).history === "hour" ? "hour" : "day";
  return (
    <>
      <SiteHeader locale={locale} path="/stats" />
      <StatsPageBody locale={locale} granularity={granularity} citeAction={citeStatsAction} />
      <SiteFooter />
    </>
  );
}
