import "server-only";
import { createHash } from "node:crypto";
import { powEscalationSelect } from "./pow/network-pow-level";
import type { PowEscalation } from "./pow/pow-difficulty";

/** A campaign's abuse settings (Campaign columns; ADR 0029). */
export interface PledgeAbuseSettings extends PowEscalation {
  id: string;
  noProofPerNetworkHour: number;
  rateLimitDomainPerHour: number;
}

export const pledgeAbuseSettingsSelect = { ...powEscalationSelect, noProofPerNetworkHour: true, rateLimitDomainPerHour: true } as const;

/** Pledges sent without any proof of work from one network, per hour. */
export function noProofCounterKey(campaignId: string, networkHash: string): string {
  return `pledge:no-pow:${campaignId}:${networkHash}`;
}

/** Pledges for one email domain, per hour. A domain can be 253 characters; its digest keeps the key short. */
export function domainCounterKey(campaignId: string, emailDomain: string): string {
  return `pledge:domain:${campaignId}:${createHash("sha256").update(emailDomain, "utf8").digest("base64url")}`;
}
