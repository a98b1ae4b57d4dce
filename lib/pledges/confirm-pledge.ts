import "server-only";
import { db } from "@/lib/db/client";
import { findPledgeToken, hashToken } from "./pledge-tokens";

/**
 * "held": confirmed, but sent without proof of work, so it waits for review (PENDING_REVIEW) and
 * the supporter is told. Pledges held for other reasons (rate limits, flagged sources) answer
 * like counted ones: telling a bot which of its pledges were caught would teach it.
 */
export type ConfirmOutcome = "confirmed" | "held" | "already-confirmed" | "expired" | "invalid";
export type ConfirmationLinkState = "ready" | "ready-held" | Exclude<ConfirmOutcome, "confirmed">;

/** What a confirmation link would do, without doing it (for the page that asks "confirm?"). */
export async function inspectConfirmationToken(token: string, now = new Date()): Promise<ConfirmationLinkState> {
  const found = await findPledgeToken(token, "CONFIRM");
  if (!found) return "invalid";
  const { status, reviewReason } = found.pledge;
  const toldOfReview = reviewReason === "no_proof_of_work";
  if (status === "CONFIRMED") return "already-confirmed";
  if (status === "PENDING_REVIEW") return toldOfReview ? "held" : "already-confirmed";
  if (status !== "PENDING") return "invalid";
  if (found.expiresAt <= now) return "expired";
  return toldOfReview ? "ready-held" : "ready";
}

/**
 * Confirms the pledge behind a confirmation link. Idempotent: a second visit answers
 * "already-confirmed". Only a PENDING pledge can be confirmed (withdrawn or invalidated
 * pledges stay so), and the conditional update makes concurrent clicks confirm exactly once.
 * A pledge with a review reason becomes PENDING_REVIEW, which never counts until an organiser
 * clears it; any other becomes CONFIRMED.
 */
export async function confirmPledge(token: string, now = new Date()): Promise<ConfirmOutcome> {
  const state = await inspectConfirmationToken(token, now);
  if (state !== "ready" && state !== "ready-held") return state;
  return db().$transaction(async (tx) => {
    const record = await tx.pledgeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { pledgeId: true } });
    const counted = await tx.pledge.updateMany({
      where: { id: record.pledgeId, status: "PENDING", reviewReason: null },
      data: { status: "CONFIRMED", confirmedAt: now },
    });
    const held = await tx.pledge.updateMany({
      where: { id: record.pledgeId, status: "PENDING", reviewReason: { not: null } },
      data: { status: "PENDING_REVIEW", confirmedAt: now },
    });
    // Every confirmation link of this pledge is spent now, not just the one clicked.
    await tx.pledgeToken.updateMany({
      where: { pledgeId: record.pledgeId, purpose: "CONFIRM", usedAt: null },
      data: { usedAt: now },
    });
    if (counted.count === 1) return "confirmed";
    if (held.count === 1) return state === "ready-held" ? "held" : "confirmed";
    return "already-confirmed";
  });
}
