"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { countryPoints } from "./map-features";
import { MAP_COLOURS, RADIUS_STOPS } from "./map-style";
import type { CountryNames, MapView } from "./map-view";
import { useLiveMap } from "./map-data-context";
import { PICTURE_FRAME, PICTURE_VIEW_BOX, projectLatitude, projectLongitude, WORLD_PICTURE_URL } from "./world-projection";

/** Picture units per pixel of the interactive map: its circles, drawn on a picture about 600 px wide. */
const UNITS_PER_PIXEL = 1.6;

/** The interactive map's circle radius (map-style.ts) for a count, in picture units. */
export function pictureRadius(count: number): number {
  const root = Math.sqrt(count);
  const stops = RADIUS_STOPS;
  const [firstRoot, firstRadius] = stops[0]!;
  if (root <= firstRoot) return firstRadius * UNITS_PER_PIXEL;
  for (let i = 1; i < stops.length; i++) {
    const [toRoot, toRadius] = stops[i]!;
    const [fromRoot, fromRadius] = stops[i - 1]!;
    if (root <= toRoot) return (fromRadius + ((root - fromRoot) / (toRoot - fromRoot)) * (toRadius - fromRadius)) * UNITS_PER_PIXEL;
  }
  return stops.at(-1)![1] * UNITS_PER_PIXEL;
}

/**
 * The supporter map as a picture: the land is one cached image (/api/map/world.svg), each
 * country shown on the map a circle sized like the interactive map's, its name and count in a
 * tooltip. Drawn on the server, so it is there without JavaScript and without WebGL, and costs a
 * phone no script. The table beside it carries the same numbers for screen readers.
 */
export function SupporterPicture({ data, names, className = "" }: { data: MapView; names: CountryNames; className?: string }) {
  const t = useTranslations("map");
  const colour = MAP_COLOURS.light;
  // Big circles first, so a small country's circle stays on top of its big neighbour's.
  const points = useMemo(() => [...countryPoints(data, names).features].sort((a, b) => b.properties.count - a.properties.count), [data, names]);
  return (
    <svg viewBox={PICTURE_VIEW_BOX} role="img" aria-label={t("picture.label")} data-testid="supporter-picture" className={className}>
      <image href={WORLD_PICTURE_URL} x={PICTURE_FRAME.x} y={PICTURE_FRAME.y} width={PICTURE_FRAME.width} height={PICTURE_FRAME.height} />
      {points.map(({ geometry, properties }) => (
        <circle
          key={properties.key}
          data-key={properties.key}
          cx={projectLongitude(geometry.coordinates[0]).toFixed(1)}
          cy={projectLatitude(geometry.coordinates[1]).toFixed(1)}
          r={pictureRadius(properties.count).toFixed(1)}
          fill={colour.country}
          fillOpacity={0.78}
          stroke={colour.stroke}
          strokeWidth={1.5}
          vectorEffect="non-scaling-stroke"
        >
          <title>{t("placeCount", { place: properties.label, count: properties.count })}</title>
        </circle>
      ))}
    </svg>
  );
}

/** The picture, kept current by the page's live map (LiveMapProvider). */
export function LiveSupporterPicture({ className }: { className?: string }) {
  const { data, names } = useLiveMap();
  return <SupporterPicture data={data} names={names} className={className} />;
}
