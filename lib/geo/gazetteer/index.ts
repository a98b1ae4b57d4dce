// The offline gazetteer's public API. Server-only as a whole (it loads the data); the browser
// may import ./attribution and ./normalise-place-name directly.
export { GEONAMES_ATTRIBUTION, GEONAMES_LICENCE, GEONAMES_LICENCE_URL, GEONAMES_URL } from "./attribution";
export { loadCities } from "./load-cities";
export { normalisePlaceName } from "./normalise-place-name";
export { cleanPlaceText, PLACE_TEXT_MAX, resolvePlace, type ResolvedPlace } from "./resolve-place";
export { MIN_QUERY_LENGTH, searchPlaces, type Place } from "./search-places";
