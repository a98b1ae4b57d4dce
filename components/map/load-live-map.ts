import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { mapCacheFor } from "@/lib/geo/map-data/current-map-data";
import { countryOptions } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import type { CountryNames, MapView } from "./map-view";

/**
 * What a live map needs from the server: the public map as of now (the same cached builder
 * /api/map serves, so both apply the same privacy rules) and every country's name in the page's
 * language (every one, because a live update may bring a country not on the map yet).
 * `campaignSlug`: another public campaign than the default (ADR 0054).
 */
export async function loadLiveMap(locale: Locale, campaignSlug?: string): Promise<{ initial: MapView; names: CountryNames }> {
  const cache = mapCacheFor(campaignSlug);
  let initial: MapView;
  try {
    initial = (await cache.get()).data;
  } catch (error) {
    const stale = isDatabaseUnavailable(error) ? cache.last() : undefined;
    if (!stale) throw error;
    initial = stale.data;
  }
  const names = Object.fromEntries(countryOptions(locale).map(({ code, name }) => [code, name]));
  return { initial, names };
}
