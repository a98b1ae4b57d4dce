import "server-only";
import { ERASED_IDENTITY, ERASED_MESSAGE, ERASED_SOURCE } from "@/lib/privacy/erased-fields";
import { db } from "@/lib/db/client";
import { findPledgeToken, hashToken } from "./pledge-tokens";

export type WithdrawOutcome = "withdrawn" | "already-withdrawn" | "expired" | "invalid";
export type WithdrawalLinkState = "ready" | Exclude<WithdrawOutcome, "withdrawn">;

/** What a withdrawal link would do, without doing it (for the page that asks "are you sure?"). */
export async function inspectWithdrawalToken(token: string, now = new Date()): Promise<WithdrawalLinkState> {
  const found = await findPledgeToken(token, "WITHDRAW");
  if (!found) return "invalid";
  if (found.pledge.status === "WITHDRAWN") return "already-withdrawn";
  return found.expiresAt <= now ? "expired" : "ready";
}

/**
 * Withdraws a pledge: erases every piece of personal data (name, email and its hash, message,
 * city) and marks it WITHDRAWN, so it leaves the public count. What remains is an anonymous
 * row (country, dates) that keeps the published history honest. Idempotent.
 */
export async function withdrawPledge(token: string, now = new Date()): Promise<WithdrawOutcome> {
  const state = await inspectWithdrawalToken(token, now);
  if (state !== "ready") return state;
  return db().$transaction(async (tx) => {
    const record = await tx.pledgeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { pledgeId: true } });
    const updated = await tx.pledge.updateMany({
      where: { id: record.pledgeId, status: { not: "WITHDRAWN" } },
      data: {
        status: "WITHDRAWN",
        withdrawnAt: now,
        ...ERASED_IDENTITY,
        ...ERASED_MESSAGE,
        ...ERASED_SOURCE,
        cityName: null,
        cityLatitude: null,
        cityLongitude: null,
      },
    });
    // Keep only this link (so a second visit can say "already withdrawn"); nothing else is needed.
    await tx.pledgeToken.deleteMany({ where: { pledgeId: record.pledgeId, NOT: { tokenHash: hashToken(token) } } });
    await tx.pledgeToken.update({ where: { tokenHash: hashToken(token) }, data: { usedAt: now } });
    return updated.count === 1 ? "withdrawn" : "already-withdrawn";
  });
}

