import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/map/world.svg/route";
import { pictureRadius } from "@/components/map/supporter-picture";
import { PICTURE_ASPECT_CLASS, PICTURE_FRAME, PICTURE_VIEW_BOX, projectLatitude, projectLongitude } from "@/components/map/world-projection";

// The static map (decision 0055): its land is one cached SVG image, its circles are drawn in the
// same projection on top, sized like the interactive map's.

/** The points of a path written as "M x y l dx dy dx dy … z" rings. */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)l([^z]*)z/g)].flatMap(([, x, y, steps]) => {
    const points: [number, number][] = [[Number(x), Number(y)]];
    const numbers = steps!.trim().split(" ").map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [px, py] = points.at(-1)!;
      points.push([px + numbers[i]!, py + numbers[i + 1]!]);
    }
    return points;
  });
}

describe("GET /api/map/world.svg", () => {
  it("answers one cacheable SVG of the land, Belarus filled apart, small enough to be an image", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=86400, stale-while-revalidate=604800");
    const svg = await response.text();
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="${PICTURE_VIEW_BOX}"`));
    const paths = [...svg.matchAll(/<path fill="([^"]+)"[^>]* d="([^"]+)"\/>/g)];
    expect(paths.map(([, fill]) => fill)).toEqual(["#f8fafc", "#fde2e2"]);
    // Belarus's outline lies around 23–33° E, 51–56° N.
    const xs = pathPoints(paths[1]![2]!).map(([x]) => x);
    expect(Math.min(...xs)).toBeGreaterThan(projectLongitude(23));
    expect(Math.max(...xs)).toBeLessThan(projectLongitude(33));
    expect(svg.length).toBeGreaterThan(30_000);
    expect(svg.length).toBeLessThan(80_000);
    // Nothing from anywhere else: no link, no script, no font.
    expect(svg).not.toMatch(/href|<script|@import|url\(/);
  });
});

describe("the picture's projection", () => {
  it("is Web Mercator: the equator in the middle of the square world, Minsk north of Kyiv, west to east", () => {
    expect(projectLatitude(0)).toBeCloseTo(500, 6);
    expect(projectLongitude(0)).toBe(500);
    expect(projectLatitude(53.9)).toBeLessThan(projectLatitude(50.45));
    expect(projectLongitude(-74)).toBeLessThan(projectLongitude(27.56));
    expect(projectLatitude(90)).toBeCloseTo(0, 1);
  });

  it("frames 78° N to 56° S, and the box's Tailwind class has the same shape", () => {
    expect(PICTURE_FRAME.y).toBe(Math.round(projectLatitude(78)));
    expect(PICTURE_FRAME.y + PICTURE_FRAME.height).toBe(Math.round(projectLatitude(-56)));
    expect(PICTURE_ASPECT_CLASS).toBe(`aspect-[${PICTURE_FRAME.width}/${PICTURE_FRAME.height}]`);
  });

  it("sizes circles by area like the interactive map: 1 → 5 px, 100 → 14 px, 2,500 → 30 px, capped at 60 px", () => {
    expect(pictureRadius(1) / 1.6).toBeCloseTo(5);
    expect(pictureRadius(100) / 1.6).toBeCloseTo(14);
    expect(pictureRadius(2_500) / 1.6).toBeCloseTo(30);
    expect(pictureRadius(1_000_000) / 1.6).toBeCloseTo(60);
    expect(pictureRadius(25)).toBeGreaterThan(pictureRadius(24));
  });
});
