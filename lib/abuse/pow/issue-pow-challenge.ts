import "server-only";
import type { Challenge } from "altcha-lib";
import { isCampaignSlug } from "@/lib/campaigns/admin-campaign-cookie";
import { findCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { isSourceFlagged } from "@/lib/fraud/is-source-flagged";
import { createPowChallenge } from "./create-pow-challenge";
import { countChallengeIssued, powEscalationSelect } from "./network-pow-level";
import { difficultyFactor, POW_CEILING_FACTOR } from "./pow-difficulty";

/**
 * A challenge for the current request's network, priced by its volume (ADR 0029): the more
 * challenges the network asked for in the current window, the more work the next one takes;
 * a network the anomaly check flags pays the ceiling. Nobody is refused a challenge.
 * `slug` names the campaign the form signs (null: the default one); its settings and counters
 * price the challenge and its id is signed into it (ADR 0054). A slug that is not a LIVE
 * campaign is not found: nothing could be signed there.
 */
export async function issuePowChallenge(slug: string | null = null): Promise<Challenge> {
  const [campaign, networkHash] = await Promise.all([slug === null ? findCurrentCampaign(powEscalationSelect) : findSigningCampaign(slug), requestNetworkHash()]);
  const [ordinal, flagged] = await Promise.all([countChallengeIssued(campaign, networkHash), isSourceFlagged(campaign.id, { networkHash })]);
  return createPowChallenge({ factor: flagged ? POW_CEILING_FACTOR : difficultyFactor(ordinal, campaign), campaignId: campaign.id });
}

async function findSigningCampaign(slug: string) {
  const campaign = isCampaignSlug(slug)
    ? await db().campaign.findUnique({ where: { slug }, select: { ...powEscalationSelect, status: true } })
    : null;
  if (!campaign || campaign.status !== "LIVE") throw new NotFoundError(`no live campaign "${slug}"`);
  return campaign;
}
