import "server-only";
import { isoDay, type HistoryRange } from "@/lib/stats/history-range";
import { lastChange, talliesLastModified, type PublicStats } from "@/lib/stats/public-stats";
import type { PublicTallies } from "@/lib/stats/read-public-tallies";
import type { HistoryPoint } from "@/lib/stats/read-history";
import { LICENCE } from "./licence";
import { toCsv } from "./to-csv";

export function historyDocument(stats: PublicStats, range: HistoryRange, points: HistoryPoint[]) {
  return {
    licence: LICENCE,
    campaign: stats.campaign,
    asOf: stats.asOf,
    version: stats.version,
    granularity: range.granularity,
    from: isoDay(range.from),
    to: isoDay(new Date(range.until.getTime() - 86_400_000)),
    points,
  };
}

export function historyCsv(points: HistoryPoint[]): string {
  return toCsv(["start", "added", "removed", "cumulative"], points.map((point) => [point.start, point.added, point.removed, point.cumulative]));
}

/**
 * Last-Modified of a history answer: the tallies' last change, or the start of the newest bucket
 * it shows, because a new hour or day adds a point (and changes the ETag) while no count moved.
 */
export function historyLastModified(tallies: Pick<PublicTallies, "asOf" | "settingsChangedAt">, range: HistoryRange, now = new Date()): Date | null {
  const step = range.granularity === "hour" ? 3_600_000 : 86_400_000;
  const newestBucket = Math.min(Math.floor(now.getTime() / step) * step, range.until.getTime() - step);
  return lastChange(talliesLastModified(tallies), new Date(newestBucket));
}
