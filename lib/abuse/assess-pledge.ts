import "server-only";
import { db } from "@/lib/db/client";
import type { ReviewReason } from "@/lib/fraud/review-filters";
import { isMajorMailProvider } from "./major-mail-providers";
import { domainCounterKey, noProofCounterKey, pledgeAbuseSettingsSelect, type PledgeAbuseSettings } from "./pledge-abuse-settings";
import type { PowCheck } from "./pow/check-pow-payload";
import { raiseNetworkPowLevel } from "./pow/network-pow-level";
import { countHits } from "./rate-limit/hit-rate-limit";

/** What the request told us about where a pledge comes from (never the address itself). */
export interface PledgeSignals {
  networkHash: string;
  proofOfWork: PowCheck;
}

const HOUR_SECONDS = 3600;

/**
 * Why a new pledge must be reviewed before it may count, or null (ADR 0029). Volume alone never
 * holds a pledge: it prices the next proofs of work instead, and each pledge still needs its own
 * mailbox to confirm it. What holds is evidence: a forged or expired proof of work, or a network
 * sending more pledges without any proof than a Tor exit or a school's no-JavaScript browsers
 * plausibly would. (A replayed proof is caught where it is spent, in createPledge's transaction;
 * a flagged source when the pledge is confirmed.) Suspect pledges are stored and emailed like any
 * other: bots get no signal. A caller that read the settings with the campaign passes them.
 */
export async function assessPledge(
  campaign: { id: string } & Partial<PledgeAbuseSettings>,
  emailDomain: string,
  signals: PledgeSignals,
  now = new Date(),
): Promise<ReviewReason | null> {
  const settings = hasAbuseSettings(campaign) ? campaign : await db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: pledgeAbuseSettingsSelect });
  await priceDomainFlood(settings, emailDomain, signals.networkHash, now);
  if (signals.proofOfWork.status === "invalid") return "no_proof_of_work";
  // A proof priced for another campaign (cheap there, or none of this campaign's business) is no
  // proof here. One naming no campaign was issued before challenges named theirs (a form loaded
  // just before a deploy): it counts as no proof, within the network's allowance for browsers
  // without JavaScript, so the people signing during a deploy are not held for it.
  if (signals.proofOfWork.status === "solved" && signals.proofOfWork.campaignId !== null && signals.proofOfWork.campaignId !== settings.id) return "no_proof_of_work";
  if (signals.proofOfWork.status === "missing" || (signals.proofOfWork.status === "solved" && signals.proofOfWork.campaignId === null)) {
    const sentWithoutProof = await countHits(noProofCounterKey(settings.id, signals.networkHash), HOUR_SECONDS, 1, now);
    return sentWithoutProof > settings.noProofPerNetworkHour ? "no_proof_of_work" : null;
  }
  return null;
}

/**
 * A flood for one small domain (a bot's catch-all) makes the sending network's next challenges
 * dearer, one doubling per pledge over the domain's hourly limit. The big providers carry real
 * surges and are never counted.
 */
async function priceDomainFlood(settings: PledgeAbuseSettings, emailDomain: string, networkHash: string, now: Date): Promise<void> {
  if (isMajorMailProvider(emailDomain)) return;
  const pledgesForDomain = await countHits(domainCounterKey(settings.id, emailDomain), HOUR_SECONDS, 1, now);
  if (pledgesForDomain > settings.rateLimitDomainPerHour) await raiseNetworkPowLevel(settings, networkHash, settings.powDoublingStep, now);
}

function hasAbuseSettings(campaign: { id: string } & Partial<PledgeAbuseSettings>): campaign is PledgeAbuseSettings {
  return Object.keys(pledgeAbuseSettingsSelect).every((field) => typeof campaign[field as keyof PledgeAbuseSettings] !== "undefined");
}
