import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { EventScreenBody } from "@/components/event/event-screen-body";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]/map/event">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "map.event" });
  // Projected at events, not a page to be found or shared.
  return { title: `${t("title")} · ${campaign.title}`, robots: { index: false } };
}

// Another campaign's event screen (docs/decisions/0054-several-campaigns-one-instance.md): its
// map, count, messages and signing page. Drafts and unknown slugs: 404.
export default async function CampaignEventScreenPage({ params }: PageProps<"/[locale]/campaigns/[slug]/map/event">) {
  const { locale, campaign } = await openCampaignPage(params);
  return <EventScreenBody locale={locale} campaign={campaign} isDefault={false} />;
}
