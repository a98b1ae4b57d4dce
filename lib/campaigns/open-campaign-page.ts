import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { findPublicCampaign } from "./find-public-campaign";
import type { PublicCampaign } from "./get-current-campaign";
import { campaignBase } from "./public-addresses";

/**
 * What every page of another campaign starts with (/[locale]/campaigns/[slug]/…, ADR 0054): its
 * locale, the campaign, and the path its header and footer links stay under. Rendered per request
 * (live numbers; the page cache in front shares the render). A draft, an unknown slug and the
 * default campaign's own slug are 404.
 */
export async function openCampaignPage(params: Promise<{ locale: string; slug: string }>): Promise<{ locale: Locale; campaign: PublicCampaign; base: string }> {
  const locale = await pageLocale(params);
  await connection();
  const campaign = await findPublicCampaign((await params).slug);
  if (!campaign) notFound();
  return { locale, campaign, base: campaignBase(campaign.slug) };
}
