import type { MapCity, MapData } from "@/lib/geo/map-data/build-map-data";

// What the browser's map and table read: the public /api/map payload. A city may carry a name
// once the API provides one; until then it is shown by its position.
export type MapCityView = MapCity & { name?: string };
export type MapView = Omit<MapData, "cities"> & { cities: MapCityView[] };

/** Country code → the country's name in the page's language, built on the server. */
export type CountryNames = Record<string, string>;

/** The key that identifies a city across updates (its coordinates are fixed by the gazetteer). */
export function cityKey(city: { lat: number; lon: number }): string {
  return `${city.lat},${city.lon}`;
}

/** "53.900° N, 27.567° E": how a city without a name is labelled. */
export function formatPosition(city: { lat: number; lon: number }, locale: string): string {
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${number.format(Math.abs(city.lat))}° ${city.lat >= 0 ? "N" : "S"}, ${number.format(Math.abs(city.lon))}° ${city.lon >= 0 ? "E" : "W"}`;
}
