import "server-only";
import { randomBytes } from "node:crypto";
import { queueCrmPushes } from "@/lib/crm/queue-crm-pushes";
import { db } from "@/lib/db/client";
import { isSourceFlagged } from "@/lib/fraud/is-source-flagged";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { findPledgeToken } from "./pledge-tokens";

/**
 * Every confirmation answers the same (ADR 0029): whether a pledge counts at once or is held for
 * review, the supporter is told the one thing true of both — it is confirmed and joins the count
 * after the automatic checks. Telling held supporters apart would teach a bot which pledges were
 * caught; telling everyone "it counts now" would be untrue for the held few.
 */
export type ConfirmOutcome = "confirmed" | "already-confirmed" | "expired" | "invalid";
export type ConfirmationLinkState = "ready" | Exclude<ConfirmOutcome, "confirmed">;

interface InspectedLink {
  state: ConfirmationLinkState;
  pledge?: { id: string; campaignId: string; reviewReason: string | null; networkHash: string | null; emailDomain: string | null };
}

/** What a confirmation link would do, without doing it (for the page that asks "confirm?"). */
export async function inspectConfirmationToken(token: string, now = new Date()): Promise<ConfirmationLinkState> {
  return (await inspect(token, now)).state;
}

async function inspect(token: string, now: Date): Promise<InspectedLink> {
  const found = await findPledgeToken(token, "CONFIRM");
  if (!found) return { state: "invalid" };
  const { status, ...pledge } = found.pledge;
  if (status === "CONFIRMED" || status === "PENDING_REVIEW") return { state: "already-confirmed" };
  if (status !== "PENDING") return { state: "invalid" };
  if (found.expiresAt <= now) return { state: "expired" };
  return { state: "ready", pledge: { id: found.pledgeId, ...pledge } };
}

/**
 * Confirms the pledge behind a confirmation link. Idempotent: a second visit answers
 * "already-confirmed". Only a PENDING pledge can be confirmed (withdrawn or invalidated
 * pledges stay so), and the conditional update makes concurrent clicks confirm exactly once.
 * A pledge with a review reason — set when it was stored, or now because its network or email
 * domain is flagged by the anomaly check — becomes PENDING_REVIEW, which never counts until an
 * organiser clears it; any other becomes CONFIRMED.
 */
export async function confirmPledge(token: string, now = new Date()): Promise<ConfirmOutcome> {
  const { state, pledge } = await inspect(token, now);
  if (state !== "ready") return state;
  if (!pledge) return "invalid"; // inspect() names the pledge whenever the link is ready
  const flagged = !pledge.reviewReason && (await isSourceFlagged(pledge.campaignId, { networkHash: pledge.networkHash, emailDomain: pledge.emailDomain }));
  const reviewReason = pledge.reviewReason ?? (flagged ? "flagged_source" : null);
  return db().$transaction(async (tx) => {
    // One conditional update (the stored review reason, read above, is part of the condition):
    // concurrent clicks confirm exactly once.
    const updated = await tx.pledge.updateMany({
      where: { id: pledge.id, status: "PENDING", reviewReason: pledge.reviewReason },
      // The receipt's secret (docs/decisions/0046-…): set in the same UPDATE, so the log costs
      // confirmation no extra statement; the aggregator appends the leaf later, off this path.
      data: { status: reviewReason ? "PENDING_REVIEW" : "CONFIRMED", confirmedAt: now, reviewReason, logSecret: randomBytes(32) },
    });
    // Every confirmation link of this pledge is spent now, not just the one clicked.
    await tx.pledgeToken.updateMany({
      where: { pledgeId: pledge.id, purpose: "CONFIRM", usedAt: null },
      data: { usedAt: now },
    });
    if (updated.count === 0) return "already-confirmed";
    // A consenting supporter's push to the organisers' CRM, if one is switched on (ADR 0053).
    if (!reviewReason) await queueCrmPushes(tx, [pledge.id]);
    // Organisers' webhooks hear of it with the change (a held pledge: when it is cleared).
    if (!reviewReason) await recordWebhookEvent(tx, { campaignId: pledge.campaignId, type: "pledge.confirmed", pledgeId: pledge.id, occurredAt: now });
    return "confirmed";
  });
}
