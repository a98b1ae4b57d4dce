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

/** Days the stats page charts per hour (the API goes up to MAX_RANGE_DAYS). */
const PAGE_HOURLY_DAYS = 7;

/** The history the stats page shows: every day, or the last week per hour. */
export async function loadPageHistory(current: CachedStats, granularity: "hour" | "day", now = new Date()): Promise<HistoryPoint[]> {
  const params = new URLSearchParams({ granularity });
  if (granularity === "hour") params.set("from", new Date(now.getTime() - (PAGE_HOURLY_DAYS - 1) * 86_400_000).toISOString().slice(0, 10));
  const history = await loadHistory(current, params, now);
  return "message" in history ? [] : history.points;
}
