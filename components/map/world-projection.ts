// The static picture of the map (supporter-picture.tsx) and its land (world-picture.ts) share one
// projection: Web Mercator, as MapLibre draws, so a country's circle sits where it does on the
// interactive map. The world is WORLD_WIDTH units wide; the picture keeps 78° N to 56° S, where
// people live (Mercator blows the poles up most, and no supporter is counted there).

export const WORLD_WIDTH = 1000;
const NORTH = 78;
const SOUTH = -56;
/** Mercator's own limit, where the square world ends. */
const MAX_LATITUDE = 85.0511;

export function projectLongitude(lon: number): number {
  return ((lon + 180) / 360) * WORLD_WIDTH;
}

export function projectLatitude(lat: number): number {
  const radians = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return (0.5 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / (2 * Math.PI)) * WORLD_WIDTH;
}

const top = Math.round(projectLatitude(NORTH));
const height = Math.round(projectLatitude(SOUTH)) - top;

/** The part of the world the picture shows, in projected units. */
export const PICTURE_FRAME = { x: 0, y: top, width: WORLD_WIDTH, height } as const;
export const PICTURE_VIEW_BOX = `${PICTURE_FRAME.x} ${PICTURE_FRAME.y} ${PICTURE_FRAME.width} ${PICTURE_FRAME.height}`;
/** Where the picture's land is served (app/api/map/world.svg). */
export const WORLD_PICTURE_URL = "/api/map/world.svg";
/** The picture's shape as a Tailwind class (a literal, for Tailwind to find; world-projection.test.ts holds it equal to PICTURE_FRAME). */
export const PICTURE_ASPECT_CLASS = "aspect-[1000/548]";
