import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { DeliveryPageBody } from "@/components/delivery/delivery-page-body";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]/delivery">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "delivery" });
  const title = `${t("title")} · ${campaign.title}`;
  return { title, ...(await socialMetadata(locale, { title, description: t("description"), path: `/campaigns/${campaign.slug}/delivery` })) };
}

// Another campaign's delivery record (docs/decisions/0054-several-campaigns-one-instance.md):
// drafts and unknown slugs 404.
export default async function CampaignDeliveryPage({ params }: PageProps<"/[locale]/campaigns/[slug]/delivery">) {
  const { locale, campaign, base } = await openCampaignPage(params);
  return (
    <>
      <SiteHeader locale={locale} path={`${base}/delivery`} base={base} />
      <DeliveryPageBody locale={locale} campaignId={campaign.id} campaign={{ slug: campaign.slug, title: campaign.title }} />
      <SiteFooter base={base} />
    </>
  );
}
