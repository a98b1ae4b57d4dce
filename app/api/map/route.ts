import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { currentMapCache } from "@/lib/geo/map-data/current-map-data";
import type { CachedMap } from "@/lib/geo/map-data/map-data-cache";
import { matchesIfNoneMatch } from "@/lib/http/conditional-get";
import { errorResponse } from "@/lib/http/error-response";

// The public supporter map: country totals and the cities with at least k supporters (never in a
// sensitive country). Tiny and shared by every visitor, so caches keep it a few seconds and may
// serve it stale while we are down. Clients that follow /api/live refetch /api/map?v=<version>.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const CACHEABLE = "public, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

export async function GET(request: Request): Promise<Response> {
  const cache = currentMapCache();
  let map: CachedMap;
  try {
    map = await cache.get();
  } catch (error) {
    const stale = isDatabaseUnavailable(error) ? cache.last() : undefined;
    if (!stale) return errorResponse(error);
    console.warn("[map] database unavailable; serving the last map built");
    map = stale;
  }
  const headers = { ETag: map.etag, "Cache-Control": CACHEABLE };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), map.etag)) return new Response(null, { status: 304, headers });
  return new Response(JSON.stringify(map.data), { headers: { ...headers, "Content-Type": "application/json" } });
}
