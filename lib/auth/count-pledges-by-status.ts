import "server-only";
import { db } from "@/lib/db/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { authorise, type Actor } from "./actor";

// Lives here until the admin area has a lib/ folder of its own: it is the dashboard's numbers,
// not a public count (those come from the tallies).

export const PLEDGE_STATUSES = ["PENDING", "CONFIRMED", "PENDING_REVIEW", "WITHDRAWN", "INVALID"] as const satisfies readonly PledgeStatus[];

/** Pledges of a campaign per status, every status present (VIEWER and above). */
export async function countPledgesByStatus(actor: Actor, campaignId: string): Promise<Record<PledgeStatus, number>> {
  authorise(actor, "VIEWER", campaignId);
  const groups = await db().pledge.groupBy({ by: ["status"], where: { campaignId }, _count: { _all: true } });
  const counts = Object.fromEntries(PLEDGE_STATUSES.map((status) => [status, 0])) as Record<PledgeStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
