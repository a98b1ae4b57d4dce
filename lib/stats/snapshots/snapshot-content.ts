import { LICENCE } from "@/lib/open-data/licence";
import type { SnapshotCheckpoint } from "@/lib/transparency/checkpoint-for-snapshot";
import type { PublicStats } from "../public-stats";
import type { CanonicalValue } from "./canonical-json";

/** What a snapshot freezes. Integers and strings only (shares are derivable: count / confirmed). */
// roundedTo only on sensitive countries (decisions/0032-…): their count is a multiple of it.
type SnapshotCountry = { [key: string]: CanonicalValue; code: string; count: number } | { [key: string]: CanonicalValue; code: string; count: number; roundedTo: number };

export interface SnapshotContent {
  [key: string]: CanonicalValue;
  campaign: string;
  takenAt: string;
  asOf: string | null;
  version: number;
  confirmed: number;
  goal: number;
  /** roundedTo: a sensitive country's figure is a multiple of it (decisions/0032-…). */
  countries: SnapshotCountry[];
  ledger: {
    confirmed: number;
    pending: number;
    pendingReview: number;
    withdrawn: number;
    invalidated: number;
    invalidatedByReason: { reason: string; count: number }[];
    invalidatedByDay: { day: string; count: number }[];
  };
  trigger: "manual" | "hourly";
  licence: { name: string; url: string };
  /**
   * The transparency log's signed checkpoint at the same moment as the figures (docs/decisions/
   * 0046-…): the leaves up to its size replay to these per-country counts. Absent from snapshots
   * taken before the log existed.
   */
  logCheckpoint: SnapshotCheckpoint | null;
}

export function snapshotContent(stats: PublicStats, takenAt: Date, trigger: "manual" | "hourly", logCheckpoint: SnapshotCheckpoint | null = null): SnapshotContent {
  return {
    campaign: stats.campaign,
    takenAt: takenAt.toISOString(),
    asOf: stats.asOf,
    version: stats.version,
    confirmed: stats.confirmed,
    goal: stats.goal,
    countries: stats.countries.map(({ code, count, roundedTo }): SnapshotCountry => (roundedTo ? { code, count, roundedTo } : { code, count })),
    ledger: { ...stats.ledger },
    trigger,
    licence: { ...LICENCE },
    logCheckpoint,
  };
}
