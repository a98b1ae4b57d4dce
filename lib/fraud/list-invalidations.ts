import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

export interface InvalidationSummary {
  id: string;
  reason: string;
  criteria: unknown;
  matched: number;
  /** Its pledges that are still INVALID because of it (undo restores these). */
  stillInvalid: number;
  createdAt: Date;
  createdBy: string;
  undoneAt: Date | null;
  undoneBy: string | null;
}

/** Past bulk invalidations of a campaign, newest first (VIEWER and above: read-only for them). */
export async function listInvalidations(actor: Actor, campaignId: string, options: { take?: number } = {}): Promise<InvalidationSummary[]> {
  authorise(actor, "VIEWER", campaignId);
  const rows = await db().pledgeInvalidation.findMany({
    where: { campaignId },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 50,
    select: {
      id: true,
      reason: true,
      criteria: true,
      matched: true,
      createdAt: true,
      createdBy: true,
      undoneAt: true,
      undoneBy: true,
      _count: { select: { pledges: { where: { status: "INVALID" } } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, stillInvalid: _count.pledges }));
}
