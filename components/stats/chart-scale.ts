import type { ChartDateNames } from "@/lib/i18n/chart-date-names";

// Client-safe arithmetic for the history chart (./history-chart.tsx), apart from uPlot so it can
// be tested without a canvas. Times are seconds since the epoch, in UTC.

const HOUR = 3600;
const DAY = 86_400;

/**
 * The stretch of time the chart shows. Issue #15: with a single day of history the chart spanned
 * years (Feb 2027 – Aug 2029) around one dot. One point gets a window around it (a week of days,
 * half a day of hours); several get half a bucket of margin so the first and last are not on the edge.
 */
export function timeWindow(times: number[], step: number): [number, number] {
  if (times.length === 0) return [0, step];
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (first === last) {
    const around = step >= DAY ? 3 * step : 6 * step;
    return [first - around, last + around];
  }
  return [first - step / 2, last + step / 2];
}

function fill(pattern: string | undefined, date: Date): string {
  return (pattern ?? "{d}.{m}.{y}")
    .replace("{d}", String(date.getUTCDate()))
    .replace("{m}", String(date.getUTCMonth() + 1))
    .replace("{y}", String(date.getUTCFullYear()));
}

function clock(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
}

/**
 * A tick of the time axis, `spacing` seconds from the next: hours as 15:00 (with the day at
 * midnight), days as "4 Aug", months as "Aug 2026".
 */
export function tickLabel(seconds: number, spacing: number, names: ChartDateNames): string {
  const date = new Date(seconds * 1000);
  const month = date.getUTCMonth();
  if (spacing >= 28 * DAY) return fill(names.monthYear[month], date);
  if (spacing >= DAY) return fill(names.dayMonth[month], date);
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0) return `${fill(names.dayMonth[month], date)}\n${clock(date)}`;
  return clock(date);
}

/** The legend's time for the bucket under the cursor: "4 Aug 2026", or "4 Aug 2026, 15:00 UTC" per hour. */
export function bucketLabel(seconds: number, step: number, names: ChartDateNames): string {
  const date = new Date(seconds * 1000);
  const day = fill(names.dayMonthYear[date.getUTCMonth()], date);
  return step < DAY ? `${day}, ${clock(date)} UTC` : day;
}

export const chartSteps = { hour: HOUR, day: DAY } as const;
