import "server-only";
import { cache } from "react";
import { pledgeRateLimitSelect } from "@/lib/abuse/rate-limit/pledge-rate-limits";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { publicCampaignSelect } from "./get-current-campaign";

/**
 * The current campaign with its rate limits, for the pledge action only: one query where the
 * public campaign and the limits would take two (the limits never reach a page).
 */
export const getSigningCampaign = cache(async () => {
  const slug = serverEnv().CAMPAIGN_SLUG;
  const campaign = await db().campaign.findUnique({ where: { slug }, select: { ...publicCampaignSelect, ...pledgeRateLimitSelect } });
  if (!campaign) throw new NotFoundError(`campaign "${slug}" does not exist; run npm run db:seed`);
  return campaign;
});
