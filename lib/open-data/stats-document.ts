import type { PublicStats } from "@/lib/stats/public-stats";
import { LICENCE } from "./licence";

/** The body of /api/v1/stats.json: the total, progress, the ledger and when each was counted. */
export function statsDocument(stats: PublicStats) {
  return {
    licence: LICENCE,
    campaign: stats.campaign,
    asOf: stats.asOf,
    version: stats.version,
    confirmed: stats.confirmed,
    goal: stats.goal,
    countsFrozen: stats.countsFrozen,
    // Countries with a published figure: a sensitive country below k ("fewer than k") is not one.
    countryCount: stats.countries.filter((country) => country.count > 0).length,
    ledger: stats.ledger,
    ledgerCountedAt: stats.ledgerCountedAt,
  };
}
