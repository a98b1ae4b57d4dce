import "server-only";
import { countryIndex } from "./load-cities";
import { placeNameKeys } from "./normalise-place-name";
import { lowerBound, type Place, toPlace } from "./search-places";

export const PLACE_TEXT_MAX = 120;

// Control characters would corrupt storage (PostgreSQL refuses NUL) and bidirectional overrides
// can make a publicly shown city read differently from what was stored; neither is part of a name.
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** The supporter's own spelling, tidied: NFC, no control characters, single spaces, at most 120 characters. */
export function cleanPlaceText(text: string): string {
  const tidy = text
    .normalize("NFC")
    .replace(INVISIBLE, (character) => (/\s/u.test(character) ? " " : ""))
    .replace(/\s+/gu, " ")
    .trim();
  // Cut by code point so that a name never ends in half an emoji or half a surrogate pair.
  return [...tidy].slice(0, PLACE_TEXT_MAX).join("").trim();
}

export interface ResolvedPlace {
  /** The gazetteer's name when the place is known, otherwise the supporter's cleaned text. */
  name: string;
  place: Place | null;
}

/**
 * The gazetteer place a supporter meant: the most populous place of `country` whose name or alias
 * has exactly the text's key. Unknown places are kept as text, without coordinates.
 */
export function resolvePlace(country: string, text: string): ResolvedPlace {
  const name = cleanPlaceText(text);
  const index = name ? countryIndex(country) : undefined;
  if (!index) return { name, place: null };

  let best: number | undefined;
  for (const key of placeNameKeys(name)) {
    for (let k = lowerBound(index.keys, key); index.keys[k] === key; k++) {
      const place = index.keyPlace[k] ?? 0;
      if (best === undefined || (index.populations[place] ?? 0) > (index.populations[best] ?? 0)) best = place;
    }
  }
  if (best === undefined) return { name, place: null };
  const place = toPlace(index, country, best);
  return { name: place.name, place };
}
