import "server-only";
import { createHash } from "node:crypto";
import type { RateLimitRule } from "./hit-rate-limit";

/** A campaign's rate-limit settings (Campaign columns, edited in the admin settings). */
export interface PledgeRateLimitSettings {
  id: string;
  rateLimitBurst: number;
  rateLimitBurstSeconds: number;
  rateLimitSustained: number;
  rateLimitSustainedSeconds: number;
  rateLimitDomainPerHour: number;
}

export const pledgeRateLimitSelect = {
  id: true,
  rateLimitBurst: true,
  rateLimitBurstSeconds: true,
  rateLimitSustained: true,
  rateLimitSustainedSeconds: true,
  rateLimitDomainPerHour: true,
} as const;

/** The limits one pledge counts against: its network (burst and sustained) and its email domain. */
export function pledgeRateLimitRules(campaign: PledgeRateLimitSettings, source: { networkHash: string; emailDomain: string }): RateLimitRule[] {
  return [
    { key: `pledge:net-burst:${campaign.id}:${source.networkHash}`, limit: campaign.rateLimitBurst, windowSeconds: campaign.rateLimitBurstSeconds },
    { key: `pledge:net-sustained:${campaign.id}:${source.networkHash}`, limit: campaign.rateLimitSustained, windowSeconds: campaign.rateLimitSustainedSeconds },
    { key: `pledge:domain:${campaign.id}:${digest(source.emailDomain)}`, limit: campaign.rateLimitDomainPerHour, windowSeconds: 3600 },
  ];
}

/** A domain can be 253 characters; its digest keeps every key within the column's 200. */
function digest(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("base64url");
}
