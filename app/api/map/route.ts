import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { NotFoundError } from "@/lib/errors";
import { mapCacheFor } from "@/lib/geo/map-data/current-map-data";
import type { CachedMap } from "@/lib/geo/map-data/map-data-cache";
import { matchesIfNoneMatch } from "@/lib/http/conditional-get";
import { errorResponse } from "@/lib/http/error-response";

// The public supporter map: country totals and the cities with at least k supporters (never in a
// sensitive country). Tiny and shared by every visitor, so caches keep it a few seconds and may
// serve it stale while we are down. Clients that follow /api/live refetch /api/map?v=<version>.
// ?campaign=<slug>: another public campaign's map (ADR 0054); drafts and unknown slugs 404.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const CACHEABLE = "public, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

export async function GET(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get("campaign");
  if (slug !== null && !(await findPublicCampaign(slug).catch(() => null))) return errorResponse(new NotFoundError(`no public campaign "${slug}"`));
  const cache = mapCacheFor(slug ?? undefined);
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
