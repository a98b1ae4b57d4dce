import "server-only";
import { isoDay, type HistoryRange } from "@/lib/stats/history-range";
import type { PublicStats } from "@/lib/stats/public-stats";
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
