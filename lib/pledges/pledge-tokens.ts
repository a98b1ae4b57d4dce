import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PledgeTokenPurpose } from "@/lib/db/generated/enums";

// Links in emails carry 256-bit random tokens; the database keeps only their SHA-256, so a copy
// of the database cannot be used to confirm or withdraw anyone's pledge.

const lifetimes: Record<PledgeTokenPurpose, number> = {
  CONFIRM: 7 * 24 * 3600 * 1000,
  // Withdrawal must stay possible for as long as we hold the data.
  WITHDRAW: 400 * 24 * 3600 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * Creates one token per purpose in a single INSERT (all or none) and returns the only copies.
 * The confirmation email needs two; one statement instead of a transaction of two saves three
 * round trips per pledge on the surge day.
 */
export async function issuePledgeTokens<Purpose extends PledgeTokenPurpose>(
  pledgeId: string,
  purposes: readonly Purpose[],
  now = new Date(),
): Promise<Record<Purpose, string>> {
  const tokens = purposes.map((purpose) => ({ purpose, token: randomBytes(32).toString("base64url") }));
  await db().pledgeToken.createMany({
    data: tokens.map(({ purpose, token }) => ({ pledgeId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + lifetimes[purpose]) })),
  });
  return Object.fromEntries(tokens.map(({ purpose, token }) => [purpose, token])) as Record<Purpose, string>;
}

/** Does the pledge have an unused, unexpired withdrawal link (from an earlier email)? */
export async function hasValidWithdrawToken(pledgeId: string, now = new Date()): Promise<boolean> {
  const found = await db().pledgeToken.findFirst({ where: { pledgeId, purpose: "WITHDRAW", usedAt: null, expiresAt: { gt: now } }, select: { tokenHash: true } });
  return found !== null;
}

/** The token behind a link, with its pledge's status; null when unknown, malformed or of another purpose. */
export async function findPledgeToken(token: string, purpose: PledgeTokenPurpose) {
  if (!looksLikeToken(token)) return null;
  const found = await db().pledgeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, pledgeId: true, expiresAt: true, pledge: { select: { status: true, campaignId: true, reviewReason: true, networkHash: true, emailDomain: true } } },
  });
  return found?.purpose === purpose ? found : null;
}
