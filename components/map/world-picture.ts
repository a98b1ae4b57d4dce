import "server-only";
import { CACHEABLE, countryShapes } from "./country-shapes";
import { MAP_COLOURS } from "./map-style";
import { PICTURE_FRAME, PICTURE_VIEW_BOX, projectLatitude, projectLongitude } from "./world-projection";

// The land and borders of the static map as one SVG file (Natural Earth 1:110m, the interactive
// map's first view): an image the browser and any cache keep, so the page itself carries only
// the supporters' circles. Built once per process from the same shapes the map reads.

type Ring = [number, number][];
interface Shape {
  properties: { iso: string };
  geometry: { type: string; coordinates: unknown } | null;
}

/**
 * A ring as a path: whole units (a 1:110m coast is coarser than that even on a wide screen),
 * each step relative to the last point (shorter text), a point that rounds onto the previous one
 * dropped.
 */
function ringPath(ring: Ring): string {
  const points: [number, number][] = [];
  for (const [lon, lat] of ring) {
    const point: [number, number] = [Math.round(projectLongitude(lon)), Math.round(projectLatitude(lat))];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  if (points.length < 3) return "";
  const [start, ...rest] = points;
  let previous = start!;
  const steps = rest.map((point) => {
    const step = `${point[0] - previous[0]} ${point[1] - previous[1]}`;
    previous = point;
    return step;
  });
  return `M${start![0]} ${start![1]}l${steps.join(" ")}z`;
}

function shapePath(shape: Shape): string {
  const geometry = shape.geometry;
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates as Ring[]] : geometry.type === "MultiPolygon" ? (geometry.coordinates as Ring[][]) : [];
  return polygons.flatMap((rings) => rings.map(ringPath)).join("");
}

function buildPicture(shapes: Shape[]): string {
  const colour = MAP_COLOURS.light;
  const belarus = shapes.filter((shape) => shape.properties.iso === "112");
  const others = shapes.filter((shape) => shape.properties.iso !== "112");
  const land = (list: Shape[], fill: string) =>
    `<path fill="${fill}" stroke="${colour.border}" stroke-width="0.6" vector-effect="non-scaling-stroke" stroke-linejoin="round" d="${list.map(shapePath).join("")}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${PICTURE_VIEW_BOX}" width="${PICTURE_FRAME.width}" height="${PICTURE_FRAME.height}">` +
    `<rect x="${PICTURE_FRAME.x}" y="${PICTURE_FRAME.y}" width="${PICTURE_FRAME.width}" height="${PICTURE_FRAME.height}" fill="${colour.sea}"/>` +
    land(others, colour.land) +
    land(belarus, colour.belarus) +
    `</svg>`
  );
}

let built: string | undefined;

export async function worldPicture(): Promise<string> {
  built ??= buildPicture((JSON.parse(await countryShapes("110m")) as { features: Shape[] }).features);
  return built;
}

/** The answer of /api/map/world.svg: it changes only with the world-atlas package, like the borders. */
export async function worldPictureResponse(): Promise<Response> {
  return new Response(await worldPicture(), { headers: { "Content-Type": "image/svg+xml", "Cache-Control": CACHEABLE } });
}
