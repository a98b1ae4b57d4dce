import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { currentStatsCache, statsCacheFor } from "@/lib/stats/current-public-stats";
import type { CachedStats } from "@/lib/stats/public-stats-cache";

/**
 * The current campaign's public numbers (or `slug`'s, for /api/v1/campaigns/<slug>/…) from the
 * instance's cache. While the database cannot be reached the last numbers read are served (the
 * responses still carry their as-of time).
 */
export async function loadPublicStats(slug?: string): Promise<CachedStats> {
  const cache = slug === undefined ? currentStatsCache() : statsCacheFor(slug);
  try {
    return await cache.get();
  } catch (error) {
    const stale = isDatabaseUnavailable(error) ? cache.last() : undefined;
    if (!stale) throw error;
    console.warn("[open-data] database unavailable; serving the last numbers read");
    return stale;
  }
}
