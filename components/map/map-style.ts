import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";

// The map's whole look, inline: every source is our own (borders from /api/map/countries-110m.json
// and, zoomed in, /api/map/countries-50m.json; supporters from /api/map), so the map makes no request to a tile, glyph or sprite server. No
// symbol layers, hence no glyphs: place names appear in popups and in the table instead.

export type MapTheme = "light" | "dark";

export const MAP_COLOURS: Record<MapTheme, Record<"sea" | "land" | "border" | "belarus" | "country" | "city" | "stroke", string>> = {
  light: { sea: "#dbe7f3", land: "#f8fafc", border: "#94a3b8", belarus: "#fde2e2", country: "#b91c1c", city: "#1e3a8a", stroke: "#ffffff" },
  dark: { sea: "#020617", land: "#1e293b", border: "#475569", belarus: "#5b1a1a", country: "#f87171", city: "#facc15", stroke: "#0f172a" },
};

/** A cluster's sum, or a single point's count. */
export const POINT_COUNT: ExpressionSpecification = ["coalesce", ["get", "sum"], ["get", "count"]];

/** [square root of the count, radius in pixels]: the map's circles, and the static picture's. */
export const RADIUS_STOPS: [number, number][] = [
  [1, 5],
  [10, 14],
  [50, 30],
  [300, 60],
];

// Area, not radius, grows with the count (square root), so a country with 100 supporters does not
// look a hundred times bigger than one with 1.
const RADIUS: ExpressionSpecification = ["interpolate", ["linear"], ["sqrt", POINT_COUNT], ...RADIUS_STOPS.flat()];

// Cities appear from this zoom on; below it a country's circle already says enough.
export const CITY_MIN_ZOOM = 3.5;

export const COUNTRY_SOURCE = "supporter-countries";
export const CITY_SOURCE = "supporter-cities";
export const COUNTRY_LAYER = "supporter-countries";
export const CITY_LAYER = "supporter-cities";

const EMPTY = { type: "FeatureCollection" as const, features: [] };

// Simplified borders for the first view of the world, the detailed ones from this zoom on; those
// are fetched only when the map is zoomed in (detailed-borders.ts, decision 0044).
export const DETAIL_ZOOM = 3;
export const DETAILED_SHAPES_URL = "/api/map/countries-50m.json";
export const DETAILED_BORDERS_SOURCE = "borders-detailed";
export const SIMPLE_BORDER_LAYERS = ["land", "belarus", "borders"];

type Colours = (typeof MAP_COLOURS)[MapTheme];

/** Land, Belarus highlighted, and the borders between countries, from one source of shapes. */
function borderLayers(source: string, suffix: string, colour: Colours, minzoom = 0): LayerSpecification[] {
  return [
    { id: `land${suffix}`, type: "fill", source, minzoom, paint: { "fill-color": colour.land } },
    { id: `belarus${suffix}`, type: "fill", source, minzoom, filter: ["==", ["get", "iso"], "112"], paint: { "fill-color": colour.belarus } },
    { id: `borders${suffix}`, type: "line", source, minzoom, paint: { "line-color": colour.border, "line-width": 0.6 } },
  ];
}

export function mapStyle(theme: MapTheme): StyleSpecification {
  const colour = MAP_COLOURS[theme];
  return {
    version: 8,
    sources: {
      borders: { type: "geojson", data: "/api/map/countries-110m.json" },
      [DETAILED_BORDERS_SOURCE]: { type: "geojson", data: EMPTY },
      // Country totals cluster at low zoom where small European countries overlap. Cities are a
      // separate source: each is part of its country's total, so summing them together would
      // count supporters twice.
      [COUNTRY_SOURCE]: { type: "geojson", data: EMPTY, cluster: true, clusterRadius: 36, clusterMaxZoom: 4, clusterProperties: { sum: ["+", ["get", "count"]] } },
      [CITY_SOURCE]: { type: "geojson", data: EMPTY },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": colour.sea } },
      ...borderLayers("borders", "", colour),
      ...borderLayers(DETAILED_BORDERS_SOURCE, "-detailed", colour, DETAIL_ZOOM),
      {
        id: COUNTRY_LAYER,
        type: "circle",
        source: COUNTRY_SOURCE,
        paint: { "circle-color": colour.country, "circle-opacity": 0.78, "circle-radius": RADIUS, "circle-stroke-color": colour.stroke, "circle-stroke-width": 1.5 },
      },
      {
        id: CITY_LAYER,
        type: "circle",
        source: CITY_SOURCE,
        minzoom: CITY_MIN_ZOOM,
        paint: { "circle-color": colour.city, "circle-opacity": 0.85, "circle-radius": RADIUS, "circle-stroke-color": colour.stroke, "circle-stroke-width": 1.5 },
      },
    ],
  };
}
