import { describe, expect, it } from "vitest";
import { GET as simplified } from "@/app/api/map/countries-110m.json/route";
import { GET as detailed } from "@/app/api/map/countries-50m.json/route";

// The two border routes (app/ is not collected by Vitest, so they are tested here): the map's
// first view downloads the simplified shapes, a fraction of the detailed ones, and both are the
// same countries by the same ids, so the map looks the same at every zoom, only finer.

interface Shapes {
  type: string;
  features: { id: number; properties: { iso: string }; geometry: { type: string; coordinates: unknown } | null }[];
}

async function read(response: Response) {
  const text = await response.text();
  return { text, shapes: JSON.parse(text) as Shapes };
}

describe("GET /api/map/countries-110m.json and countries-50m.json", () => {
  it("answer cacheable GeoJSON, the simplified shapes under a fifth of the detailed ones", async () => {
    const [small, large] = await Promise.all([simplified(), detailed()]);
    for (const response of [small, large]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/geo+json");
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=86400, stale-while-revalidate=604800");
    }
    const [a, b] = await Promise.all([read(small), read(large)]);
    expect(a.shapes.type).toBe("FeatureCollection");
    expect(b.shapes.type).toBe("FeatureCollection");
    expect(a.text.length).toBeLessThan(b.text.length / 5);
    expect(a.text.length).toBeLessThan(200_000);
  });

  it("carry Belarus (ISO 112) and the large countries by the same ids in both", async () => {
    const [a, b] = await Promise.all([simplified().then(read), detailed().then(read)]);
    const ids = (shapes: Shapes) => new Set(shapes.features.map((feature) => feature.properties.iso));
    for (const iso of ["112", "643", "616", "440", "804", "840", "076", "036"]) {
      expect(ids(a.shapes)).toContain(iso);
      expect(ids(b.shapes)).toContain(iso);
    }
    const belarus = a.shapes.features.find((feature) => feature.id === 112);
    expect(belarus?.geometry?.type).toMatch(/Polygon$/);
  });

  it("keep rings that cross the antimeridian in one piece (no band around the world)", async () => {
    const { shapes } = await simplified().then(read);
    const russia = shapes.features.find((feature) => feature.properties.iso === "643")!;
    const polygons = russia.geometry!.coordinates as [number, number][][][];
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0] - ring[i - 1]![0])).toBeLessThanOrEqual(180);
    }
  });
});
