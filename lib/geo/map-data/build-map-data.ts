import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publishedCountriesSql } from "@/lib/stats/coarse/published-countries";
import { MIN_PRIVACY_THRESHOLD, privacyThreshold } from "@/lib/stats/coarse/privacy-threshold";
import { COUNTRY_CENTROIDS } from "./country-centroids";

/** The campaign settings the public map obeys. */
export interface MapSettings {
  id: string;
  /** k: a city is shown only once at least this many confirmed supporters are in it. */
  mapThreshold: number;
  /** Countries whose cities are never shown: only the country's total. */
  sensitiveCountries: string[];
}

export interface MapCountry {
  code: string;
  count: number;
  /** Where the map puts the country's total (see country-centroids.ts); null if we have no point. */
  lat: number | null;
  lon: number | null;
}

/** A city with at least k supporters, named and placed as the gazetteer knows the city. */
export interface MapCity {
  /** The gazetteer's name of the city (not what any supporter typed). */
  name: string;
  country: string;
  lat: number;
  lon: number;
  count: number;
}

export interface MapData {
  version: number;
  asOf: string | null;
  total: number;
  countries: MapCountry[];
  cities: MapCity[];
}

// However the campaign is configured, no point on the map may stand for one or two people.
export const MIN_MAP_THRESHOLD = MIN_PRIVACY_THRESHOLD;

interface MapRow {
  version: bigint | null;
  updatedAt: Date | null;
  total: number | null;
  countries: { code: string; count: number }[] | null;
  cities: { name: string; country: string; lat: number; lon: number; count: number }[] | null;
}

/**
 * The public map of a campaign, built from the tallies only: private by construction. The tally
 * tables hold no person (no names, messages or emails, and only cities' coordinates); of them the
 * map takes the published country figures (sensitive countries' coarse ones) of countries that
 * reach k, and cities that reach k outside the sensitive countries. A smaller city simply counts
 * in its country, a smaller country only in the total. One statement, so every number is from
 * the same moment.
 */
export async function buildMapData(settings: MapSettings): Promise<MapData> {
  const k = privacyThreshold(settings.mapThreshold);
  const sensitive = settings.sensitiveCountries.map((code) => code.toUpperCase());
  const [row] = await db().$queryRaw<MapRow[]>`
    SELECT s."version", s."updatedAt", s."total",
      (SELECT json_agg(json_build_object('code', "country", 'count', "count") ORDER BY "country")
         FROM ${publishedCountriesSql(Prisma.sql`= ${settings.id}::uuid`)} AS p WHERE "count" >= ${k}) AS "countries",
      (SELECT json_agg(json_build_object('name', "name", 'country', "country", 'lat', round("latitude"::numeric, 3), 'lon', round("longitude"::numeric, 3), 'count', "count") ORDER BY "count" DESC, "cityKey")
         FROM "CityTally"
         WHERE "campaignId" = ${settings.id}::uuid AND "count" >= ${k} AND NOT ("country" = ANY(${sensitive}::text[]))) AS "cities"
    FROM (SELECT 1) AS one LEFT JOIN "TallyState" s ON s."campaignId" = ${settings.id}::uuid`;
  return {
    version: Number(row?.version ?? 0),
    asOf: row?.updatedAt?.toISOString() ?? null,
    total: row?.total ?? 0,
    countries: (row?.countries ?? []).map(({ code, count }) => {
      const point = COUNTRY_CENTROIDS[code];
      return { code, count, lat: point?.[0] ?? null, lon: point?.[1] ?? null };
    }),
    cities: (row?.cities ?? []).map(({ name, country, lat, lon, count }) => ({ name, country, lat: Number(lat), lon: Number(lon), count })),
  };
}
