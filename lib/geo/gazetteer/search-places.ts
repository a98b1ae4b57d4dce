import "server-only";
import { type CountryIndex, countryIndex } from "./load-cities";
import { placeNameKeys } from "./normalise-place-name";

/** A place from the gazetteer. The coordinates are the place's, never a person's. */
export interface Place {
  /** GeoNames id. */
  id: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population?: number;
}

export const MIN_QUERY_LENGTH = 2;

// Below this many characters a substring search matches half the country ("ra", "ov") and only
// adds noise after the prefix matches.
const MIN_SUBSTRING_LENGTH = 3;

/** How well a key matched: lower is better. */
const EXACT = 0;
const PREFIX = 1;
const SUBSTRING = 2;

/** First position whose key is not below `key` (keys are sorted by UTF-16 code unit). */
export function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? "") < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function toPlace(index: CountryIndex, country: string, place: number): Place {
  return {
    id: index.ids[place] ?? 0,
    name: index.names[place] ?? "",
    country,
    lat: (index.lat[place] ?? 0) / 1e5,
    lon: (index.lon[place] ?? 0) / 1e5,
    population: index.populations[place] ?? 0,
  };
}

function collectMatches(index: CountryIndex, queryKeys: readonly string[]): Map<number, number> {
  const tierOf = new Map<number, number>();
  const note = (place: number, tier: number) => {
    if (tier < (tierOf.get(place) ?? Infinity)) tierOf.set(place, tier);
  };
  for (const queryKey of queryKeys) {
    for (let k = lowerBound(index.keys, queryKey); k < index.keys.length; k++) {
      const key = index.keys[k] ?? "";
      if (!key.startsWith(queryKey)) break;
      note(index.keyPlace[k] ?? 0, key === queryKey ? EXACT : PREFIX);
    }
  }
  return tierOf;
}

function addSubstringMatches(index: CountryIndex, queryKeys: readonly string[], tierOf: Map<number, number>): void {
  const long = queryKeys.filter((key) => key.length >= MIN_SUBSTRING_LENGTH);
  if (long.length === 0) return;
  index.keys.forEach((key, k) => {
    const place = index.keyPlace[k] ?? 0;
    if (!tierOf.has(place) && long.some((queryKey) => key.includes(queryKey))) tierOf.set(place, SUBSTRING);
  });
}

/**
 * Places of `country` whose name (or a known alias) starts with, or else contains, the query:
 * exact matches first, then by population. Cyrillic queries are tried under several spellings.
 */
export function searchPlaces(country: string, query: string, limit = 8): Place[] {
  const wanted = Math.floor(limit);
  if (!(wanted > 0) || [...query.trim()].length < MIN_QUERY_LENGTH) return [];
  const index = countryIndex(country);
  const queryKeys = placeNameKeys(query);
  if (!index || queryKeys.length === 0) return [];

  const tierOf = collectMatches(index, queryKeys);
  if (tierOf.size < wanted) addSubstringMatches(index, queryKeys, tierOf);

  return [...tierOf]
    .sort(([placeA, tierA], [placeB, tierB]) => tierA - tierB || (index.populations[placeB] ?? 0) - (index.populations[placeA] ?? 0) || placeA - placeB)
    .slice(0, wanted)
    .map(([place]) => toPlace(index, country, place));
}
