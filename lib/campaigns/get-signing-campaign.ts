import "server-only";
import { cache } from "react";
import { pledgeAbuseSettingsSelect } from "@/lib/abuse/pledge-abuse-settings";
import { db } from "@/lib/db/client";
import { SigningClosedError } from "@/lib/errors";
import { isCampaignSlug } from "./admin-campaign-cookie";
import { findCurrentCampaign, publicCampaignSelect } from "./get-current-campaign";

/**
 * The current campaign with its abuse settings, for the pledge action only: one query where the
 * public campaign and the settings would take two (they never reach a page).
 */
export const getSigningCampaign = cache(() => findCurrentCampaign({ ...publicCampaignSelect, ...pledgeAbuseSettingsSelect }));

/**
 * Another campaign's settings for the pledge action (the form's hidden "campaign" field): only a
 * LIVE campaign takes pledges; anything else is "signing is closed" (createPledge checks status
 * and signingOpen again), so a typed slug cannot reach a draft.
 */
export async function getSigningCampaignBySlug(slug: string) {
  const campaign = isCampaignSlug(slug)
    ? await db().campaign.findUnique({ where: { slug }, select: { ...publicCampaignSelect, ...pledgeAbuseSettingsSelect } })
    : null;
  if (!campaign || campaign.status !== "LIVE") throw new SigningClosedError(`no live campaign "${slug}"`);
  return campaign;
}
