import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { StatsPageBody } from "@/components/stats/stats-page-body";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";
import { citeStatsAction } from "@/app/[locale]/stats/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]/stats">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "stats.meta" });
  const title = `${t("title")} · ${campaign.title}`;
  return { title, ...(await socialMetadata(locale, { title, description: t("description"), path: `/campaigns/${campaign.slug}/stats` })) };
}

// Another campaign's numbers (docs/decisions/0054-several-campaigns-one-instance.md): drafts and unknown slugs 404.
export default async function CampaignStatsPage({ params, searchParams }: PageProps<"/[locale]/campaigns/[slug]/stats">) {
  const { locale, campaign, base } = await openCampaignPage(params);
  const granularity = (await searchParams).history === "hour" ? "hour" : "day";
  return (
    <>
      <SiteHeader locale={locale} path={`${base}/stats`} base={base} />
      <StatsPageBody locale={locale} granularity={granularity} citeAction={citeStatsAction} campaign={{ slug: campaign.slug, title: campaign.title }} />
      <SiteFooter base={base} />
    </>
  );
}
