import { countryShapes } from "@/components/map/country-shapes";

// Country borders for the supporter map, served from our own origin (no tile server may see our
// visitors). The borders change only with the world-atlas package, so browsers and caches keep
// them a day and may serve them for a week while revalidating.
export const runtime = "nodejs";

const CACHEABLE = "public, max-age=86400, stale-while-revalidate=604800";

export function GET(): Response {
  return new Response(countryShapes(), { headers: { "Content-Type": "application/geo+json", "Cache-Control": CACHEABLE } });
}
