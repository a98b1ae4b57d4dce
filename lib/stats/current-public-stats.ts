import "server-only";
import { serverEnv } from "@/lib/env";
import { PublicStatsCache } from "./public-stats-cache";

// The numbers of the campaign the public site shows, cached once per process (on globalThis, so
// Next's dev server keeps one cache across module reloads).
const globalForStats = globalThis as unknown as { solidarityStatsCache?: PublicStatsCache };

export function currentStatsCache(): PublicStatsCache {
  globalForStats.solidarityStatsCache ??= new PublicStatsCache(() => serverEnv().CAMPAIGN_SLUG);
  return globalForStats.solidarityStatsCache;
}
