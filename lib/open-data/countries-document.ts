import "server-only";
import { countryName } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicStats } from "@/lib/stats/public-stats";
import { LICENCE } from "./licence";
import { toCsv } from "./to-csv";

/** Confirmed supporters per country, largest first, named in `locale`. */
export function countryRows(stats: PublicStats, locale: Locale) {
  return stats.countries.map(({ code, count, share }) => ({ code, name: countryName(code, locale), count, share }));
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
    ["country_code", "country_name", "count", "share"],
    countryRows(stats, locale).map((row) => [row.code, row.name, row.count, row.share]),
  );
}
