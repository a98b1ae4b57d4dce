import "server-only";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { NotFoundError } from "@/lib/errors";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import { MapDataCache } from "./map-data-cache";

// The map of the campaign the public site shows, cached once per process (a process singleton,
// so Next's dev server keeps one cache across module reloads).
const mapCache = processSingleton(
  "map-data-cache",
  () =>
    new MapDataCache(async () => {
      const { id, mapThreshold, sensitiveCountries } = await getCurrentCampaign();
      return { id, mapThreshold, sensitiveCountries };
    }),
);

export function currentMapCache(): MapDataCache {
  return mapCache.get();
}

// Other campaigns' maps (ADR 0054): one cache per public campaign, made on first use for slugs
// findPublicCampaign accepted, so the map of caches grows with the campaigns, not with requests.
const otherMapCaches = processSingleton("map-data-caches-by-slug", () => new Map<string, MapDataCache>());

/** The map cache of `slug` (a public campaign other than the default), or the default's without one. */
export function mapCacheFor(slug: string | undefined): MapDataCache {
  if (slug === undefined) return currentMapCache();
  const caches = otherMapCaches.get();
  let cache = caches.get(slug);
  if (!cache) {
    cache = new MapDataCache(async () => {
      const campaign = await findPublicCampaign(slug);
      if (!campaign) throw new NotFoundError(`no public campaign "${slug}"`);
      return { id: campaign.id, mapThreshold: campaign.mapThreshold, sensitiveCountries: campaign.sensitiveCountries };
    });
    caches.set(slug, cache);
  }
  return cache;
}
