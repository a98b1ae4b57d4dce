import "server-only";
import { feature } from "topojson-client";

// Natural Earth's countries (via world-atlas, TopoJSON) as GeoJSON, the format MapLibre reads, in
// two levels of detail (decision 0044): 1:110m for the first view of the world (170 kB, 50 kB
// gzipped) and 1:50m, which keeps Europe's coasts and small countries recognisable, only once
// the map is zoomed in (1.4 MB, 420 kB gzipped); 1:10m would be several megabytes. Each is
// converted once per process, on its first request, and kept as a string.

export type ShapeDetail = "110m" | "50m";

type Topology = Parameters<typeof feature>[0];

// Imported on demand: a process that never serves the detailed shapes never parses them.
const TOPOLOGIES: Record<ShapeDetail, () => Promise<{ default: unknown }>> = {
  "110m": () => import("world-atlas/countries-110m.json"),
  "50m": () => import("world-atlas/countries-50m.json"),
};

const cached = new Map<ShapeDetail, string>();

// Two decimals (~1 km) are finer than a 1:50m (let alone 1:110m) border can be: rounding cuts the bytes by two thirds.
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

export async function countryShapes(detail: ShapeDetail): Promise<string> {
  const done = cached.get(detail);
  if (done) return done;
  const topology = (await TOPOLOGIES[detail]()).default as Topology;
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
  const json = JSON.stringify({ type: "FeatureCollection", features });
  cached.set(detail, json);
  return json;
}

// The borders change only with the world-atlas package, so browsers and caches keep them a day
// and may serve them for a week while revalidating.
export const CACHEABLE = "public, max-age=86400, stale-while-revalidate=604800";

/** The answer of the two border routes under /api/map/. */
export async function countryShapesResponse(detail: ShapeDetail): Promise<Response> {
  return new Response(await countryShapes(detail), { headers: { "Content-Type": "application/geo+json", "Cache-Control": CACHEABLE } });
}
