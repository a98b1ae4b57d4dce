import "server-only";
import type { Challenge } from "altcha-lib";
import { findCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { isSourceFlagged } from "@/lib/fraud/is-source-flagged";
import { createPowChallenge } from "./create-pow-challenge";
import { countChallengeIssued, powEscalationSelect } from "./network-pow-level";
import { difficultyFactor, POW_CEILING_FACTOR } from "./pow-difficulty";

/**
 * A challenge for the current request's network, priced by its volume (ADR 0029): the more
 * challenges the network asked for in the current window, the more work the next one takes;
 * a network the anomaly check flags pays the ceiling. Nobody is refused a challenge.
 */
export async function issuePowChallenge(): Promise<Challenge> {
  const [campaign, networkHash] = await Promise.all([findCurrentCampaign(powEscalationSelect), requestNetworkHash()]);
  const [ordinal, flagged] = await Promise.all([countChallengeIssued(campaign, networkHash), isSourceFlagged(campaign.id, { networkHash })]);
  return createPowChallenge({ factor: flagged ? POW_CEILING_FACTOR : difficultyFactor(ordinal, campaign) });
}
