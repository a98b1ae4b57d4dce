import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MapPageBody } from "@/components/map/map-page-body";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]/map">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "map.meta" });
  return socialMetadata(locale, { title: `${t("title")} · ${campaign.title}`, description: t("description"), path: `/campaigns/${campaign.slug}/map` });
}

// Another campaign's map (docs/decisions/0054-several-campaigns-one-instance.md): drafts and unknown slugs 404.
export default async function CampaignMapPage({ params }: PageProps<"/[locale]/campaigns/[slug]/map">) {
  const { locale, campaign, base } = await openCampaignPage(params);
  return (
    <>
      <SiteHeader locale={locale} path={`${base}/map`} base={base} />
      <MapPageBody locale={locale} campaign={campaign} isDefault={false} />
      <SiteFooter base={base} />
    </>
  );
}
