// Helpers for the open data tests (never imported by the app): the status changes a supporter
// or an organiser makes, written straight to "Pledge" (the trigger turns them into tally events),
// and the same figures counted by plain SELECTs on "Pledge" to compare the public numbers with.
import { db } from "@/lib/db/client";

export async function withdrawDirectly(pledgeId: string): Promise<void> {
  await db().pledge.update({ where: { id: pledgeId }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
}

/** What the organisers' bulk invalidation does: one PledgeInvalidation row, its pledges INVALID. */
export async function invalidateDirectly(campaignId: string, pledgeIds: string[], reason: string, at = new Date()): Promise<void> {
  const invalidation = await db().pledgeInvalidation.create({
    data: { campaignId, reason, criteria: { test: true }, matched: pledgeIds.length, createdBy: "test@example.org" },
    select: { id: true },
  });
  for (const id of pledgeIds) {
    const { status } = await db().pledge.findUniqueOrThrow({ where: { id }, select: { status: true } });
    await db().pledge.update({ where: { id }, data: { status: "INVALID", invalidationId: invalidation.id, invalidatedAt: at, statusBeforeInvalidation: status } });
  }
}

/**
 * How a sensitive country (the default list: BY) without k published supporters is listed in
 * every public country list: last, as "fewer than k" (docs/decisions/0032-…).
 */
export const BELARUS_FEWER_THAN_K = { code: "BY", count: 0 } as const;

/**
 * The figures straight from "Pledge", the way a reviewer would check them in psql. `sensitive`
 * names countries published only in steps of k (decisions/0032-…): while each has fewer than k
 * confirmed supporters none of them is in a public figure, and the ledger leaves their pending,
 * held and withdrawn pledges out too (lib/stats/read-ledger.ts); invalidations count everywhere.
 */
export async function countWithSelects(campaignId: string, sensitive: string[] = []) {
  const byStatus = await db().$queryRaw<{ status: string; n: number }[]>`
    SELECT "status"::text AS "status", count(*)::int AS "n" FROM "Pledge"
    WHERE "campaignId" = ${campaignId}::uuid AND ("status" = 'INVALID' OR "country" <> ALL(${sensitive}::text[])) GROUP BY 1`;
  const byCountry = await db().$queryRaw<{ country: string; n: number }[]>`
    SELECT "country", count(*)::int AS "n" FROM "Pledge"
    WHERE "campaignId" = ${campaignId}::uuid AND "status" = 'CONFIRMED' AND "country" <> ALL(${sensitive}::text[]) GROUP BY 1 ORDER BY 2 DESC, 1`;
  const byReason = await db().$queryRaw<{ reason: string; n: number }[]>`
    SELECT i."reason", count(*)::int AS "n" FROM "Pledge" p JOIN "PledgeInvalidation" i ON i."id" = p."invalidationId"
    WHERE p."campaignId" = ${campaignId}::uuid AND p."status" = 'INVALID' GROUP BY 1 ORDER BY 2 DESC, 1`;
  const status = (name: string) => byStatus.find((row) => row.status === name)?.n ?? 0;
  return {
    confirmed: status("CONFIRMED"),
    pending: status("PENDING"),
    pendingReview: status("PENDING_REVIEW"),
    withdrawn: status("WITHDRAWN"),
    invalidated: status("INVALID"),
    countries: byCountry.map((row) => ({ code: row.country, count: row.n })),
    invalidatedByReason: byReason.map((row) => ({ reason: row.reason, count: row.n })),
  };
}
