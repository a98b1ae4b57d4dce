import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Messages the queue shows: those of pledges whose email is confirmed (CONFIRMED, or held for
 * review). Unconfirmed pledges never reach the wall and many never confirm, so moderating them
 * would waste the team's time on 4 August (docs/decisions/0011-…). Withdrawn pledges have no
 * message left; invalidated ones are out of the count and off the wall.
 */
export function queueBaseWhere(campaignId: string): Prisma.PledgeWhereInput {
  return { campaignId, status: { in: ["CONFIRMED", "PENDING_REVIEW"] }, message: { not: null }, messageStatus: { not: null } };
}
