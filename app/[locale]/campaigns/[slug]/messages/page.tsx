import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MessagesWallBody } from "@/components/messages/messages-wall-body";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]/messages">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "messageWall.meta" });
  return socialMetadata(locale, { title: `${t("title")} · ${campaign.title}`, description: t("description"), path: `/campaigns/${campaign.slug}/messages` });
}

// Another campaign's wall (docs/decisions/0054-several-campaigns-one-instance.md): drafts and unknown slugs 404.
export default async function CampaignMessagesPage({ params, searchParams }: PageProps<"/[locale]/campaigns/[slug]/messages">) {
  const { locale, campaign, base } = await openCampaignPage(params);
  return (
    <>
      <SiteHeader locale={locale} path={`${base}/messages`} base={base} />
      <MessagesWallBody locale={locale} campaign={campaign} page={(await searchParams).page} base={base} />
      <SiteFooter base={base} />
    </>
  );
}
