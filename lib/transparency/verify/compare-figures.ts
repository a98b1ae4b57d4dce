import type { CountsAt } from "./audit-log";

// The log's replayed counts against the published figures. Client-safe.

export interface PublishedFigures {
  total: number;
  countries: { code: string; count: number }[];
}

/** Differences, one line each ("" when the log and the figures agree country by country). */
export function compareFigures(log: CountsAt, published: PublishedFigures): string[] {
  const differences: string[] = [];
  const codes = new Set([...Object.keys(log.byCountry), ...published.countries.map((country) => country.code)]);
  const publishedCount = new Map(published.countries.map((country) => [country.code, country.count]));
  for (const code of [...codes].sort()) {
    const inLog = log.byCountry[code] ?? 0;
    const figure = publishedCount.get(code) ?? 0;
    if (inLog !== figure) differences.push(`${code}: ${inLog} in the log, ${figure} published`);
  }
  if (log.total !== published.total) differences.push(`total: ${log.total} in the log, ${published.total} published`);
  return differences;
}
