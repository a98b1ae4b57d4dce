import "server-only";
import { cache } from "react";
import { pledgeAbuseSettingsSelect } from "@/lib/abuse/pledge-abuse-settings";
import { findCurrentCampaign, publicCampaignSelect } from "./get-current-campaign";

/**
 * The current campaign with its abuse settings, for the pledge action only: one query where the
 * public campaign and the settings would take two (they never reach a page).
 */
export const getSigningCampaign = cache(() => findCurrentCampaign({ ...publicCampaignSelect, ...pledgeAbuseSettingsSelect }));
