import "server-only";
import { cachedHistory, cachedHistoryStart } from "@/lib/stats/history-cache";
import { isRangeProblem, parseHistoryRange, type HistoryRange, type RangeProblem } from "@/lib/stats/history-range";
import type { CachedStats } from "@/lib/stats/public-stats-cache";
import type { HistoryPoint } from "@/lib/stats/read-history";

/** The history a request asks for (granularity, from, to), or what is wrong with its parameters. */
export async function loadHistory(
  current: CachedStats,
  params: URLSearchParams,
  now = new Date(),
): Promise<{ range: HistoryRange; points: HistoryPoint[] } | RangeProblem> {
  const range = parseHistoryRange(params, now, await cachedHistoryStart(current.tallies));
  if (isRangeProblem(range)) return range;
  return { range, points: await cachedHistory(current.tallies, range, now) };
}
