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

// Other campaigns' numbers (/api/v1/campaigns/<slug>/…, ADR 0054): one cache per campaign, made
// on first use. Only slugs of existing public campaigns reach here (lib/campaigns/
// find-public-campaign.ts), so the map grows with the instance's campaigns, not with requests.
const otherCaches = processSingleton("public-stats-caches-by-slug", () => new Map<string, PublicStatsCache>());

export function statsCacheFor(slug: string): PublicStatsCache {
  if (slug === serverEnv().CAMPAIGN_SLUG) return currentStatsCache();
  const caches = otherCaches.get();
  let cache = caches.get(slug);
  if (!cache) caches.set(slug, (cache = new PublicStatsCache(() => slug)));
  return cache;
}

/** Tests: forget every other campaign's numbers. */
export function forgetOtherStatsCaches(): void {
  otherCaches.get().clear();
}
