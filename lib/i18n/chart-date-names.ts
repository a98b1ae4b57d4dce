import { dateLocale } from "./date-locale";

// Dates on the stats chart, which is drawn in the browser. Chromium has no Belarusian date data
// (Intl.DateTimeFormat("be") writes "August 4, 2026"), so the server, whose Node has every
// locale, writes the patterns once per month and the chart fills in the day, year and hour: the
// same words on every browser. English is written the British way (4 Aug, 15:00), like the rest
// of the site (./date-locale.ts), never the US way. docs/decisions/0037-chart-dates-from-the-server.md

/** Per month (0–11): "{d} Aug", "Aug {y}", "{d} Aug {y}", with {d}, {y} to fill in. */
export interface ChartDateNames {
  dayMonth: string[];
  monthYear: string[];
  dayMonthYear: string[];
}

export function chartDateNames(locale: string): ChartDateNames {
  const formatter = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(dateLocale(locale), { ...options, timeZone: "UTC" });
  const patterns = (options: Intl.DateTimeFormatOptions) =>
    Array.from({ length: 12 }, (_, month) =>
      formatter(options)
        .formatToParts(new Date(Date.UTC(2026, month, 15)))
        .map((part) => (part.type === "day" ? "{d}" : part.type === "year" ? "{y}" : part.value))
        .join(""),
    );
  return {
    dayMonth: patterns({ day: "numeric", month: "short" }),
    monthYear: patterns({ month: "short", year: "numeric" }),
    dayMonthYear: patterns({ day: "numeric", month: "short", year: "numeric" }),
  };
}
