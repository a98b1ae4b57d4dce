import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { isCampaignSlug } from "./admin-campaign-cookie";
import { publicCampaignSelect, type PublicCampaign } from "./get-current-campaign";

/**
 * A campaign other than the default one, for its public pages (/[locale]/campaigns/[slug]) and
 * open data (/api/v1/campaigns/[slug]/…): LIVE or CLOSED only. A draft, an unknown slug and the
 * default campaign's own slug (it lives at the site's root paths) are all null: 404, for
 * organisers too (docs/decisions/0054-several-campaigns-one-instance.md).
 */
export const findPublicCampaign = cache(async (slug: string): Promise<PublicCampaign | null> => {
  if (!isCampaignSlug(slug) || slug === serverEnv().CAMPAIGN_SLUG) return null;
  const campaign = await db().campaign.findUnique({ where: { slug }, select: publicCampaignSelect });
  return campaign && campaign.status !== "DRAFT" ? campaign : null;
});
