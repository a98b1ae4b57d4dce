import "server-only";
import { db } from "@/lib/db/client";
import type { PowCheck } from "./pow/check-pow-payload";
import { hitRateLimits } from "./rate-limit/hit-rate-limit";
import { pledgeRateLimitRules, pledgeRateLimitSelect } from "./rate-limit/pledge-rate-limits";

/** What the request told us about where a pledge comes from (never the address itself). */
export interface PledgeSignals {
  networkHash: string;
  proofOfWork: PowCheck;
}

export type ReviewReason = "no_proof_of_work" | "rate_limited" | "flagged_source";

/**
 * Why a new pledge must be reviewed before it may count, or null. Counts the submission against
 * the campaign's rate limits (every submission counts, held or not). The caller still has to
 * spend the proof of work in its transaction: a replayed solution is "no_proof_of_work" too.
 * Suspect pledges are stored and emailed like any other: bots get no signal.
 */
export async function assessPledge(campaignId: string, emailDomain: string, signals: PledgeSignals, now = new Date()): Promise<ReviewReason | null> {
  const campaign = await db().campaign.findUniqueOrThrow({ where: { id: campaignId }, select: pledgeRateLimitSelect });
  const withinLimits = await hitRateLimits(pledgeRateLimitRules(campaign, { networkHash: signals.networkHash, emailDomain }), now);
  if (signals.proofOfWork.status !== "solved") return "no_proof_of_work";
  return withinLimits ? null : "rate_limited";
}
