import "server-only";
import { db } from "@/lib/db/client";
import { findPledgeToken } from "@/lib/pledges/pledge-tokens";
import { encodeReceiptCode } from "./receipt-code";

/**
 * The receipt code for the pledge behind a confirmation link, while the pledge is confirmed
 * (counted or held for review: ADR 0029, both read the same). The link lives only in the
 * supporter's mailbox, so it is the supporter who sees it; null for anything else, and after a
 * withdrawal, which erased the secret.
 */
export async function readReceiptForConfirmationLink(token: string): Promise<string | null> {
  const found = await findPledgeToken(token, "CONFIRM");
  if (!found || (found.pledge.status !== "CONFIRMED" && found.pledge.status !== "PENDING_REVIEW")) return null;
  const pledge = await db().pledge.findUnique({ where: { id: found.pledgeId }, select: { logSecret: true } });
  return pledge?.logSecret ? encodeReceiptCode(pledge.logSecret) : null;
}
