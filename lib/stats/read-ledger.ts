import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Pledges that are not (or no longer) counted, published so removals are never silent. Signing,
 * confirming and withdrawing are a supporter's own acts: in sensitive countries they must not
 * move any public figure at their moment (decisions/0032-…), so pending, pendingReview and
 * withdrawn count only pledges from countries off the sensitive list, and `changedAt` ignores
 * sensitive countries' pledges. Invalidations are the organisers' acts and count everywhere.
 */
export interface LedgerCounts {
  /** Signed, email not confirmed yet (outside sensitive countries). */
  pending: number;
  /** Email confirmed but held for review (no proof of work, rate limited, flagged source). */
  pendingReview: number;
  withdrawn: number;
  invalidated: number;
  /** Invalidated pledges by the organisers' public reason ("unspecified" when none was given). */
  invalidatedByReason: { reason: string; count: number }[];
  /** Invalidated pledges by the UTC day they were invalidated (YYYY-MM-DD). */
  invalidatedByDay: { day: string; count: number }[];
  /** The newest change to any pledge of the campaign: the ledger's Last-Modified. */
  changedAt: Date | null;
}

interface Row {
  byStatus: Record<string, number> | null;
  byReason: { reason: string; count: number }[] | null;
  byDay: { day: string; count: number }[] | null;
  changedAt: Date | null;
}

/**
 * One grouped count over the campaign's pledges (the (campaignId, status) index), for the statuses
 * the tallies do not hold. Callers cache it briefly: it scans a campaign's pledges.
 */
export async function readLedger(campaignId: string): Promise<LedgerCounts> {
  const sensitive = Prisma.sql`(SELECT "sensitiveCountries" FROM "Campaign" WHERE "id" = ${campaignId}::uuid)::varchar[]`;
  const [row] = await db().$queryRaw<Row[]>`
    SELECT
      (SELECT json_object_agg("status", "n") FROM (
         SELECT "status", count(*)::int AS "n" FROM "Pledge" p
         WHERE p."campaignId" = ${campaignId}::uuid AND (p."status" = 'INVALID' OR NOT (p."country" = ANY(${sensitive})))
         GROUP BY 1) s) AS "byStatus",
      (SELECT json_agg(json_build_object('reason', "reason", 'count', "n") ORDER BY "n" DESC, "reason") FROM (
         SELECT coalesce(i."reason", 'unspecified') AS "reason", count(*)::int AS "n"
         FROM "Pledge" p LEFT JOIN "PledgeInvalidation" i ON i."id" = p."invalidationId"
         WHERE p."campaignId" = ${campaignId}::uuid AND p."status" = 'INVALID' GROUP BY 1) r) AS "byReason",
      (SELECT json_agg(json_build_object('day', "day", 'count', "n") ORDER BY "day") FROM (
         SELECT to_char(coalesce(p."invalidatedAt", p."updatedAt") AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "day", count(*)::int AS "n"
         FROM "Pledge" p WHERE p."campaignId" = ${campaignId}::uuid AND p."status" = 'INVALID' GROUP BY 1) d) AS "byDay",
      (SELECT greatest(
         (SELECT max("updatedAt") FROM "Pledge" p WHERE p."campaignId" = ${campaignId}::uuid AND NOT (p."country" = ANY(${sensitive}))),
         (SELECT max(greatest("createdAt", "undoneAt")) FROM "PledgeInvalidation" WHERE "campaignId" = ${campaignId}::uuid))) AS "changedAt"`;
  const byStatus = row?.byStatus ?? {};
  return {
    pending: byStatus.PENDING ?? 0,
    pendingReview: byStatus.PENDING_REVIEW ?? 0,
    withdrawn: byStatus.WITHDRAWN ?? 0,
    invalidated: byStatus.INVALID ?? 0,
    invalidatedByReason: row?.byReason ?? [],
    invalidatedByDay: row?.byDay ?? [],
    changedAt: row?.changedAt ?? null,
  };
}
