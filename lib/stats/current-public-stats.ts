import "server-only";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import { PublicStatsCache } from "./public-stats-cache";

// The numbers of the campaign the public site shows, cached once per process (a process
// singleton, so Next's dev server keeps one cache across module reloads). Tests replace or forget it.
export const statsCache = processSingleton("public-stats-cache", () => new PublicStatsCache(() => serverEnv().CAMPAIGN_SLUG));

export function currentStatsCache(): PublicStatsCache {
  return statsCache.get();
}
