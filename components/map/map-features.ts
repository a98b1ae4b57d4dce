import { cityKey, type CountryNames, type MapCityView, type MapView } from "./map-view";

// The public map as GeoJSON points for MapLibre. Each point carries a stable key (to spot a count
// that grew) and its label in the page's language (for the popup).

export interface PointProperties {
  key: string;
  count: number;
  label: string;
}

export interface PointCollection {
  type: "FeatureCollection";
  features: { type: "Feature"; geometry: { type: "Point"; coordinates: [number, number] }; properties: PointProperties }[];
}

function point(lon: number, lat: number, properties: PointProperties): PointCollection["features"][number] {
  return { type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties };
}

export function countryPoints(data: MapView, names: CountryNames): PointCollection {
  const features = data.countries.flatMap(({ code, count, lat, lon }) =>
    lat === null || lon === null ? [] : [point(lon, lat, { key: `country:${code}`, count, label: names[code] ?? code })],
  );
  return { type: "FeatureCollection", features };
}

export function cityPoints(data: MapView, label: (city: MapCityView) => string): PointCollection {
  const features = data.cities.map((city) => point(city.lon, city.lat, { key: `city:${cityKey(city)}`, count: city.count, label: label(city) }));
  return { type: "FeatureCollection", features };
}

/** The points whose count grew since `before` (key → count), new ones included. */
export function grownPoints(before: ReadonlyMap<string, number>, collections: PointCollection[]): PointCollection["features"] {
  return collections.flatMap((collection) => collection.features.filter(({ properties }) => properties.count > (before.get(properties.key) ?? 0)));
}

export function countsByKey(collections: PointCollection[]): Map<string, number> {
  return new Map(collections.flatMap((collection) => collection.features.map(({ properties }) => [properties.key, properties.count] as const)));
}
