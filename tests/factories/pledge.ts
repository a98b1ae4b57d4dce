import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { pledgeInputSchema, type PledgeInput } from "@/lib/pledges/schema";

/** A valid pledge input with a unique email, so tests never collide. */
export function pledgeInput(overrides: Record<string, string> = {}): PledgeInput {
  return pledgeInputSchema.parse({
    name: "Anna Kowalska",
    email: `anna-${randomUUID()}@example.org`,
    country: "PL",
    consentProcessing: "on",
    ...overrides,
  });
}

export interface StoredPledgeOptions {
  status?: PledgeStatus;
  country?: string;
  networkHash?: string | null;
  emailDomain?: string | null;
  reviewReason?: string | null;
  createdAt?: Date;
  /** Defaults to createdAt for statuses that went through email confirmation. */
  confirmedAt?: Date | null;
}

/**
 * Pledges written straight to the table with the abuse checks' columns set (networkHash,
 * emailDomain, reviewReason), as the pledge flow would store them. Returns their ids.
 */
export async function insertStoredPledges(campaignId: string, count: number, options: StoredPledgeOptions = {}): Promise<string[]> {
  const status = options.status ?? "CONFIRMED";
  const createdAt = options.createdAt ?? new Date();
  const confirmed = status === "CONFIRMED" || status === "PENDING_REVIEW";
  const rows = Array.from({ length: count }, () => ({
    id: randomUUID(),
    campaignId,
    status,
    emailHash: randomUUID(),
    country: options.country ?? "PL",
    networkHash: options.networkHash ?? null,
    emailDomain: options.emailDomain ?? null,
    reviewReason: options.reviewReason ?? null,
    locale: "en",
    consentProcessing: true,
    createdAt,
    confirmedAt: options.confirmedAt === undefined ? (confirmed ? createdAt : null) : options.confirmedAt,
  }));
  await db().pledge.createMany({ data: rows });
  return rows.map((row) => row.id);
}
