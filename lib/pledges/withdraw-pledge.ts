import "server-only";
import { noteCrmWithdrawal } from "@/lib/crm/note-crm-withdrawal";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ERASED_ON_WITHDRAWAL } from "@/lib/privacy/erased-fields";
import { MINUTE_COLUMNS } from "@/lib/privacy/withdrawn-pledge-columns";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
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

// Column names from a constant list, never from input.
const toTheMinute = Prisma.raw(MINUTE_COLUMNS.map((column) => `"${column}" = date_trunc('minute', "${column}", 'UTC')`).join(", "));

/**
 * Withdraws a pledge: erases every column derived from the person (ERASED_ON_WITHDRAWAL: name,
 * email and its hash, place, message and its moderation, display choices, language, abuse
 * signals) and marks it WITHDRAWN, so it leaves the public count. What remains is the campaign,
 * the status and the times to the minute: the ledger's count and the published history, nothing
 * that points to anyone (lib/privacy/withdrawn-pledge-columns.ts, docs/PRIVACY.md). Idempotent.
 */
export async function withdrawPledge(token: string, now = new Date()): Promise<WithdrawOutcome> {
  const state = await inspectWithdrawalToken(token, now);
  if (state !== "ready") return state;
  return db().$transaction(async (tx) => {
    const record = await tx.pledgeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { pledgeId: true } });
    // Before the erasure: a supporter already in the organisers' CRM is unsubscribed there with
    // the address erased below (ADR 0053). It waits for a push in flight (at most its timeout).
    await noteCrmWithdrawal(tx, record.pledgeId, now);
    const updated = await tx.pledge.updateMany({
      where: { id: record.pledgeId, status: { not: "WITHDRAWN" } },
      // The tally trigger sees the old country and city in this UPDATE's OLD row: the -1 lands where the pledge counted.
      data: { status: "WITHDRAWN", withdrawnAt: now, ...ERASED_ON_WITHDRAWAL },
    });
    if (updated.count === 1) {
      await tx.$executeRaw`UPDATE "Pledge" SET ${toTheMinute} WHERE "id" = ${record.pledgeId}::uuid`;
      // The deletion event, to every webhook endpoint that was told about this supporter.
      const { campaignId } = await tx.pledge.findUniqueOrThrow({ where: { id: record.pledgeId }, select: { campaignId: true } });
      await recordWebhookEvent(tx, { campaignId, type: "pledge.withdrawn", pledgeId: record.pledgeId, occurredAt: now });
    }
    // Keep only this link (so a second visit can say "already withdrawn"); nothing else is needed.
    await tx.pledgeToken.deleteMany({ where: { pledgeId: record.pledgeId, NOT: { tokenHash: hashToken(token) } } });
    // Its times to the minute as well: when the email was sent is no more the ledger's business.
    await tx.$executeRaw`
      UPDATE "PledgeToken" SET "usedAt" = date_trunc('minute', ${now}::timestamptz, 'UTC'), "createdAt" = date_trunc('minute', "createdAt", 'UTC')
      WHERE "tokenHash" = ${hashToken(token)}`;
    return updated.count === 1 ? "withdrawn" : "already-withdrawn";
  }, { timeout: 20_000, maxWait: 10_000 });
}

