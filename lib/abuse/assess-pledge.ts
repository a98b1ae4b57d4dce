import "server-only";
import { db } from "@/lib/db/client";
import type { ReviewReason } from "@/lib/fraud/review-filters";
import type { PowCheck } from "./pow/check-pow-payload";
import { hitRateLimits } from "./rate-limit/hit-rate-limit";
import { pledgeRateLimitRules, pledgeRateLimitSelect, type PledgeRateLimitSettings } from "./rate-limit/pledge-rate-limits";

/** What the request told us about where a pledge comes from (never the address itself). */
export interface PledgeSignals {
  networkHash: string;
  proofOfWork: PowCheck;
}


/**
 * Why a new pledge must be reviewed before it may count, or null. Counts the submission against
 * the campaign's rate limits (every submission counts, held or not). The caller still has to
 * spend the proof of work in its transaction: a replayed solution is "no_proof_of_work" too.
 * Suspect pledges are stored and emailed like any other: bots get no signal. A caller that read
 * the campaign's limits with the campaign (the pledge action) passes them and saves a query.
 */
export async function assessPledge(
  campaign: { id: string } & Partial<PledgeRateLimitSettings>,
  emailDomain: string,
  signals: PledgeSignals,
  now = new Date(),
): Promise<ReviewReason | null> {
  const limits = hasRateLimits(campaign) ? campaign : await db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: pledgeRateLimitSelect });
  const withinLimits = await hitRateLimits(pledgeRateLimitRules(limits, { networkHash: signals.networkHash, emailDomain }), now);
  if (signals.proofOfWork.status !== "solved") return "no_proof_of_work";
  return withinLimits ? null : "rate_limited";
}

function hasRateLimits(campaign: { id: string } & Partial<PledgeRateLimitSettings>): campaign is PledgeRateLimitSettings {
  return Object.keys(pledgeRateLimitSelect).every((field) => typeof campaign[field as keyof PledgeRateLimitSettings] !== "undefined");
}
