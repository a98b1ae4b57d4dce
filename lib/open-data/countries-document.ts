import "server-only";
import { countryName } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicStats } from "@/lib/stats/public-stats";
import { LICENCE } from "./licence";
import { toCsv } from "./to-csv";

/** Confirmed supporters per country, largest first, named in `locale`; sensitive ones rounded (roundedTo). */
export function countryRows(stats: PublicStats, locale: Locale) {
  return stats.countries.map(({ code, count, share, roundedTo }) => ({ code, name: countryName(code, locale), count, share, ...(roundedTo ? { roundedTo } : {}) }));
}

export function countriesDocument(stats: PublicStats, locale: Locale) {
  return {
    licence: LICENCE,
    campaign: stats.campaign,
    asOf: stats.asOf,
    version: stats.version,
    confirmed: stats.confirmed,
    locale,
    countries: countryRows(stats, locale),
  };
}

export function countriesCsv(stats: PublicStats, locale: Locale): string {
  return toCsv(
    // rounded_to is empty for exact counts; for a sensitive country, count is a multiple of it.
    ["country_code", "country_name", "count", "share", "rounded_to"],
    countryRows(stats, locale).map((row) => [row.code, row.name, row.count, row.share, row.roundedTo ?? ""]),
  );
}
