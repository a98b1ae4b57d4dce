import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SnapshotPageBody } from "@/components/stats/snapshot-page-body";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]/stats/snapshots/[id]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  const t = await getTranslations({ locale, namespace: "stats.snapshot.meta" });
  return { title: `${t("title")} · ${campaign.title}`, description: t("description") };
}

// A citation's permalink for another campaign (ADR 0054): drafts, unknown slugs and another
// campaign's snapshot id answer 404.
export default async function CampaignSnapshotPage({ params }: PageProps<"/[locale]/campaigns/[slug]/stats/snapshots/[id]">) {
  const { locale, campaign, base } = await openCampaignPage(params);
  const { id } = await params;
  return (
    <>
      <SiteHeader locale={locale} path={`${base}/stats/snapshots/${id}`} base={base} />
      <SnapshotPageBody id={id} locale={locale} campaignId={campaign.id} campaign={{ slug: campaign.slug, title: campaign.title }} />
      <SiteFooter base={base} />
    </>
  );
}
