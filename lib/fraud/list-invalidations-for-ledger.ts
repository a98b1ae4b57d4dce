import "server-only";
import { db } from "@/lib/db/client";

export interface LedgerInvalidationRow {
  reason: string;
  /** UTC day the pledges were invalidated. */
  day: Date;
  /** Pledges currently INVALID through a bulk invalidation with this reason, on this day. */
  pledges: number;
  /** Of those, how many had been counted publicly (CONFIRMED) before. */
  wereConfirmed: number;
}

/**
 * For the public integrity ledger: pledges currently invalid, per reason and per day. Public data
 * (no actor): reasons are written to be published and nothing here names a person, a network or
 * a domain. Undone invalidations no longer appear, since their pledges are no longer INVALID.
 */
export async function listInvalidationsForLedger(campaignId: string): Promise<LedgerInvalidationRow[]> {
  return db().$queryRaw<LedgerInvalidationRow[]>`
    SELECT i."reason", date_trunc('day', p."invalidatedAt", 'UTC') AS day,
      count(*)::int AS pledges,
      count(*) FILTER (WHERE p."statusBeforeInvalidation" = 'CONFIRMED')::int AS "wereConfirmed"
    FROM "Pledge" p JOIN "PledgeInvalidation" i ON i.id = p."invalidationId"
    WHERE p."campaignId" = ${campaignId}::uuid AND p."status" = 'INVALID'
    GROUP BY 1, 2
    ORDER BY 2, 1`;
}
