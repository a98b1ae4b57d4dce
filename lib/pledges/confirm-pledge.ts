import "server-only";
import { db } from "@/lib/db/client";
import { findPledgeToken } from "./pledge-tokens";

/**
 * "held": confirmed, but sent without proof of work, so it waits for review (PENDING_REVIEW) and
 * the supporter is told. Pledges held for other reasons (rate limits, flagged sources) answer
 * like counted ones: telling a bot which of its pledges were caught would teach it.
 */
export type ConfirmOutcome = "confirmed" | "held" | "already-confirmed" | "expired" | "invalid";
export type ConfirmationLinkState = "ready" | "ready-held" | Exclude<ConfirmOutcome, "confirmed">;

/** What a confirmation link would do, without doing it (for the page that asks "confirm?"). */
export async function inspectConfirmationToken(token: string, now = new Date()): Promise<ConfirmationLinkState> {
  return (await inspect(token, now)).state;
}

async function inspect(token: string, now: Date): Promise<{ state: ConfirmationLinkState; pledgeId?: string; reviewReason?: string | null }> {
  const found = await findPledgeToken(token, "CONFIRM");
  if (!found) return { state: "invalid" };
  const { status, reviewReason } = found.pledge;
  const toldOfReview = reviewReason === "no_proof_of_work";
  const link = { pledgeId: found.pledgeId, reviewReason };
  if (status === "CONFIRMED") return { state: "already-confirmed" };
  if (status === "PENDING_REVIEW") return { state: toldOfReview ? "held" : "already-confirmed" };
  if (status !== "PENDING") return { state: "invalid" };
  if (found.expiresAt <= now) return { state: "expired" };
  return { state: toldOfReview ? "ready-held" : "ready", ...link };
}

/**
 * Confirms the pledge behind a confirmation link. Idempotent: a second visit answers
 * "already-confirmed". Only a PENDING pledge can be confirmed (withdrawn or invalidated
 * pledges stay so), and the conditional update makes concurrent clicks confirm exactly once.
 * A pledge with a review reason becomes PENDING_REVIEW, which never counts until an organiser
 * clears it; any other becomes CONFIRMED.
 */
export async function confirmPledge(token: string, now = new Date()): Promise<ConfirmOutcome> {
  const { state, pledgeId, reviewReason } = await inspect(token, now);
  if (state !== "ready" && state !== "ready-held") return state;
  if (!pledgeId) return "invalid"; // inspect() names the pledge whenever the link is ready
  return db().$transaction(async (tx) => {
    // One conditional update (the review reason, read above, is set once when the pledge is
    // stored and is part of the condition): concurrent clicks confirm exactly once.
    const updated = await tx.pledge.updateMany({
      where: { id: pledgeId, status: "PENDING", reviewReason: reviewReason ?? null },
      data: { status: reviewReason ? "PENDING_REVIEW" : "CONFIRMED", confirmedAt: now },
    });
    // Every confirmation link of this pledge is spent now, not just the one clicked.
    await tx.pledgeToken.updateMany({
      where: { pledgeId, purpose: "CONFIRM", usedAt: null },
      data: { usedAt: now },
    });
    if (updated.count === 0) return "already-confirmed";
    return reviewReason && state === "ready-held" ? "held" : "confirmed";
  });
}
