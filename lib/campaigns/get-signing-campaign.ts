import "server-only";
import { cache } from "react";
import { pledgeRateLimitSelect } from "@/lib/abuse/rate-limit/pledge-rate-limits";
import { findCurrentCampaign, publicCampaignSelect } from "./get-current-campaign";

/**
 * The current campaign with its rate limits, for the pledge action only: one query where the
 * public campaign and the limits would take two (the limits never reach a page).
 */
export const getSigningCampaign = cache(() => findCurrentCampaign({ ...publicCampaignSelect, ...pledgeRateLimitSelect }));
