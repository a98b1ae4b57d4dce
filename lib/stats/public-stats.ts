import type { LedgerCounts } from "./read-ledger";
import type { PublicTallies } from "./read-public-tallies";

/** The integrity ledger as published: what counts, and everything that does not, with reasons. */
export interface PublicLedger {
  confirmed: number;
  pending: number;
  pendingReview: number;
  withdrawn: number;
  invalidated: number;
  invalidatedByReason: { reason: string; count: number }[];
  invalidatedByDay: { day: string; count: number }[];
}

export interface PublicCountry {
  code: string;
  count: number;
  /** count / confirmed, rounded to 4 decimals (0.1234 = 12.34 %); 0 while nobody is counted. */
  share: number;
  /**
   * Only for sensitive countries: `count` is rounded down to a multiple of this (the campaign's k)
   * and released in batches at random times; 0 means "fewer than roundedTo" (decisions/0032-…).
   */
  roundedTo?: number;
}

/** What the stats page, stats.json and snapshots publish. */
export interface PublicStats {
  campaign: string;
  asOf: string | null;
  version: number;
  confirmed: number;
  goal: number;
  countsFrozen: boolean;
  countries: PublicCountry[];
  ledger: PublicLedger;
  /** When the ledger's non-counted statuses were counted (they are cached briefly). */
  ledgerCountedAt: string;
}

export function shareOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 10_000) / 10_000 : 0;
}

/** Public figures from the tallies, with the ledger's other statuses beside them. */
export function composePublicStats(tallies: PublicTallies, ledger: LedgerCounts, ledgerCountedAt: Date): PublicStats {
  return {
    campaign: tallies.slug,
    asOf: tallies.asOf?.toISOString() ?? null,
    version: tallies.version,
    confirmed: tallies.total,
    goal: tallies.goal,
    countsFrozen: tallies.countsFrozen,
    countries: tallies.countries.map(({ code, count, coarse }) => ({
      code,
      count,
      share: shareOf(count, tallies.total),
      ...(coarse ? { roundedTo: tallies.privacyThreshold } : {}),
    })),
    ledger: {
      confirmed: tallies.total,
      pending: ledger.pending,
      pendingReview: ledger.pendingReview,
      withdrawn: ledger.withdrawn,
      invalidated: ledger.invalidated,
      invalidatedByReason: ledger.invalidatedByReason,
      invalidatedByDay: ledger.invalidatedByDay,
    },
    ledgerCountedAt: ledgerCountedAt.toISOString(),
  };
}

/** The newest of the given changes: the Last-Modified of anything built from them. */
export function lastChange(...dates: (Date | null)[]): Date | null {
  const times = dates.filter((date): date is Date => date !== null).map((date) => date.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/**
 * The Last-Modified of what is built from the tallies alone (counts per country, the badge): the
 * aggregator's last change or an organiser's (the goal, a freeze), so it moves whenever the ETag does.
 */
export function talliesLastModified(tallies: Pick<PublicTallies, "asOf" | "settingsChangedAt">): Date | null {
  return lastChange(tallies.asOf, tallies.settingsChangedAt);
}
