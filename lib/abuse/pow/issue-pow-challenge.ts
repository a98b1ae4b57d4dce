import "server-only";
import type { Challenge } from "altcha-lib";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { isSourceFlagged } from "@/lib/fraud/is-source-flagged";
import { createPowChallenge } from "./create-pow-challenge";

/** A challenge for the current request's network: harder when the anomaly check flags it. */
export async function issuePowChallenge(): Promise<Challenge> {
  const [campaign, networkHash] = await Promise.all([getCurrentCampaign(), requestNetworkHash()]);
  const flagged = await isSourceFlagged(campaign.id, { networkHash });
  return createPowChallenge({ flagged });
}
