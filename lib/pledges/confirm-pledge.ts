import "server-only";
import { db } from "@/lib/db/client";
import { findPledgeToken, hashToken } from "./pledge-tokens";

export type ConfirmOutcome = "confirmed" | "already-confirmed" | "expired" | "invalid";
export type ConfirmationLinkState = "ready" | Exclude<ConfirmOutcome, "confirmed">;

/** What a confirmation link would do, without doing it (for the page that asks "confirm?"). */
export async function inspectConfirmationToken(token: string, now = new Date()): Promise<ConfirmationLinkState> {
  const found = await findPledgeToken(token, "CONFIRM");
  if (!found) return "invalid";
  if (found.pledge.status === "CONFIRMED") return "already-confirmed";
  if (found.pledge.status !== "PENDING") return "invalid";
  return found.expiresAt <= now ? "expired" : "ready";
}

/**
 * Confirms the pledge behind a confirmation link. Idempotent: a second visit answers
 * "already-confirmed". Only a PENDING pledge can become CONFIRMED (withdrawn or invalidated
 * pledges stay so), and the conditional update makes concurrent clicks confirm exactly once.
 */
export async function confirmPledge(token: string, now = new Date()): Promise<ConfirmOutcome> {
  const state = await inspectConfirmationToken(token, now);
  if (state !== "ready") return state;
  return db().$transaction(async (tx) => {
    const record = await tx.pledgeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { pledgeId: true } });
    const updated = await tx.pledge.updateMany({
      where: { id: record.pledgeId, status: "PENDING" },
      data: { status: "CONFIRMED", confirmedAt: now },
    });
    // Every confirmation link of this pledge is spent now, not just the one clicked.
    await tx.pledgeToken.updateMany({
      where: { pledgeId: record.pledgeId, purpose: "CONFIRM", usedAt: null },
      data: { usedAt: now },
    });
    return updated.count === 1 ? "confirmed" : "already-confirmed";
  });
}

