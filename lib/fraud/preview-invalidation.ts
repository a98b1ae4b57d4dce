import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { criteriaWhere } from "./criteria-sql";
import { INVALIDATABLE_STATUSES, type InvalidatableStatus, type InvalidationCriteria } from "./invalidation-criteria";

export interface InvalidationPreview {
  total: number;
  byStatus: Record<InvalidatableStatus, number>;
}

/** How many pledges a bulk invalidation would change, per status, before anything changes (MODERATOR). */
export async function previewInvalidation(actor: Actor, campaignId: string, criteria: InvalidationCriteria): Promise<InvalidationPreview> {
  authorise(actor, "MODERATOR", campaignId);
  const rows = await db().$queryRaw<{ status: InvalidatableStatus; count: number }[]>`
    SELECT "status"::text AS status, count(*)::int AS count FROM "Pledge"
    WHERE ${criteriaWhere(campaignId, criteria)} GROUP BY 1`;
  const byStatus = Object.fromEntries(INVALIDATABLE_STATUSES.map((status) => [status, 0])) as Record<InvalidatableStatus, number>;
  for (const row of rows) byStatus[row.status] = row.count;
  return { total: rows.reduce((sum, row) => sum + row.count, 0), byStatus };
}
