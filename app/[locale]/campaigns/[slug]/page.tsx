import type { Metadata } from "next";
import { connection } from "next/server";
import { CampaignHome } from "@/components/campaign/campaign-home";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { openCampaignPage } from "@/lib/campaigns/open-campaign-page";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";
import { submitPledge } from "../../actions";

// Another campaign's home page (docs/decisions/0054-several-campaigns-one-instance.md): the same
// body as the default campaign's, its form naming this campaign. Drafts and unknown slugs: 404.

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  await connection();
  const campaign = await findPublicCampaign(slug);
  if (!campaign) return {};
  return socialMetadata(locale, { title: campaign.title, description: campaign.title, path: `/campaigns/${campaign.slug}` });
}

export default async function CampaignPage({ params }: PageProps<"/[locale]/campaigns/[slug]">) {
  const { locale, campaign, base } = await openCampaignPage(params);
  return (
    <>
      <SiteHeader locale={locale} path={base} base={base} />
      <CampaignHome locale={locale} campaign={campaign} isDefault={false} submitPledge={submitPledge} />
      <SiteFooter base={base} />
    </>
  );
}
