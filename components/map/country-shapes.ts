import "server-only";
import { feature } from "topojson-client";
import countries50m from "world-atlas/countries-50m.json";

// Natural Earth's 1:50m countries (via world-atlas, TopoJSON) as GeoJSON, the format MapLibre reads.
// 1:50m keeps Europe's coasts and small countries recognisable when zoomed in; 1:10m would be
// several megabytes. Converted once per process, on first request, and kept as a string.

type Topology = Parameters<typeof feature>[0];

let cached: string | undefined;

// Two decimals (~1 km) are finer than a 1:50m border can be: rounding cuts the bytes by two thirds.
function round(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 100) / 100;
  return Array.isArray(value) ? value.map(round) : value;
}

type Ring = [number, number][];

// A flat map joins a ring's points with straight lines, so a ring crossing the antimeridian
// (Russia's Chukotka, Fiji) is drawn as a band around the world. Shifting its western longitudes
// by 360° keeps it in one piece, past 180° (MapLibre accepts that). Antarctica's ring goes round
// the pole instead and must be left alone.
function unwrapRing(ring: Ring): Ring {
  const crosses = ring.some(([lon], index) => index > 0 && Math.abs(lon - (ring[index - 1]?.[0] ?? lon)) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function unwrap(geometry: { type: string; coordinates: unknown }, iso: string): unknown {
  if (iso === "010") return geometry.coordinates;
  if (geometry.type === "Polygon") return (geometry.coordinates as Ring[]).map(unwrapRing);
  if (geometry.type === "MultiPolygon") return (geometry.coordinates as Ring[][]).map((polygon) => polygon.map(unwrapRing));
  return geometry.coordinates;
}

export function countryShapes(): string {
  if (cached) return cached;
  const topology = countries50m as unknown as Topology;
  const object = topology.objects.countries;
  if (!object) throw new Error("world-atlas: no countries object");
  const converted = feature(topology, object);
  // Only the ISO numeric id is kept ("112" is Belarus, highlighted); names are localised elsewhere.
  const features = ("features" in converted ? converted.features : [converted]).map(({ id, geometry }) => ({
    type: "Feature" as const,
    id: Number(id),
    properties: { iso: String(id ?? "") },
    geometry: geometry && {
      type: geometry.type,
      coordinates: round("coordinates" in geometry ? unwrap({ type: geometry.type, coordinates: geometry.coordinates }, String(id ?? "")) : []),
    },
  }));
  cached = JSON.stringify({ type: "FeatureCollection", features });
  return cached;
}
