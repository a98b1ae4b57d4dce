import "server-only";
import { countHits } from "@/lib/abuse/rate-limit/hit-rate-limit";
import type { PowEscalation } from "./pow-difficulty";

/** The Campaign columns the escalation reads. */
export const powEscalationSelect = { id: true, powFreeChallenges: true, powWindowSeconds: true, powDoublingStep: true } as const;

export type PowEscalationCampaign = PowEscalation & { id: string };

function levelKey(campaignId: string, networkHash: string): string {
  return `pow:net:${campaignId}:${networkHash}`;
}

/**
 * Counts one challenge issued to a network and returns its ordinal in the current window.
 * Counting at issue (not at submission) means a bot cannot collect cheap challenges while quiet
 * and spend them in a burst: every challenge it holds made the next one dearer.
 */
export function countChallengeIssued(campaign: PowEscalationCampaign, networkHash: string, now = new Date()): Promise<number> {
  return countHits(levelKey(campaign.id, networkHash), campaign.powWindowSeconds, 1, now);
}

/**
 * Makes a network's next challenges dearer, as if it had asked for `weight` more: the price of
 * sending a flood of pledges for one small email domain (lib/abuse/assess-pledge.ts).
 */
export async function raiseNetworkPowLevel(campaign: PowEscalationCampaign, networkHash: string, weight: number, now = new Date()): Promise<void> {
  await countHits(levelKey(campaign.id, networkHash), campaign.powWindowSeconds, weight, now);
}
