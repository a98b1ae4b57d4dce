// Client-safe: which stretch of the count's history a reader asked for, checked the same way by
// the API (history.json / history.csv) and the stats page.

export type Granularity = "hour" | "day";

/** The longest range one request may cover: enough for a campaign, bounded for the server. */
export const MAX_RANGE_DAYS: Record<Granularity, number> = { hour: 31, day: 1000 };

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface HistoryRange {
  granularity: Granularity;
  /** First UTC day included. */
  from: Date;
  /** The UTC midnight after the last day included (exclusive end). */
  until: Date;
}

export type RangeProblem = { field: "granularity" | "from" | "to"; message: string };

function parseDay(value: string): Date | null {
  if (!DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Reads `granularity` (hour|day, default day), `from` and `to` (ISO dates, UTC, both included).
 * Without `to`: today. Without `from`: as far back as the range allows, but not before `earliest`
 * (the campaign's first recorded minute).
 */
export function parseHistoryRange(params: URLSearchParams, now: Date, earliest: Date | null): HistoryRange | RangeProblem {
  const granularity = params.get("granularity") ?? "day";
  if (granularity !== "hour" && granularity !== "day") return { field: "granularity", message: 'granularity must be "hour" or "day"' };
  const maxDays = MAX_RANGE_DAYS[granularity];
  const toParam = params.get("to");
  const fromParam = params.get("from");
  const lastDay = toParam === null ? parseDay(isoDay(now)) : parseDay(toParam);
  if (!lastDay) return { field: "to", message: "to must be an ISO date (YYYY-MM-DD)" };
  const until = new Date(lastDay.getTime() + DAY_MS);
  let from: Date | null;
  if (fromParam === null) {
    const start = new Date(until.getTime() - maxDays * DAY_MS);
    const first = earliest ? parseDay(isoDay(earliest)) : lastDay;
    from = first && first > start ? (first < until ? first : lastDay) : start;
  } else {
    from = parseDay(fromParam);
    if (!from) return { field: "from", message: "from must be an ISO date (YYYY-MM-DD)" };
  }
  if (from >= until) return { field: "from", message: "from must not be after to" };
  if (until.getTime() - from.getTime() > maxDays * DAY_MS) {
    return { field: "from", message: `${granularity === "hour" ? "an hourly" : "a daily"} history covers at most ${maxDays} days` };
  }
  return { granularity, from, until };
}

export function isRangeProblem(value: HistoryRange | RangeProblem): value is RangeProblem {
  return "message" in value;
}
