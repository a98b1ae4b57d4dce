import "server-only";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { MapDataCache } from "./map-data-cache";

// The map of the campaign the public site shows, cached once per process (on globalThis, so
// Next's dev server keeps one cache across module reloads).
const globalForMap = globalThis as unknown as { solidarityMapCache?: MapDataCache };

export function currentMapCache(): MapDataCache {
  globalForMap.solidarityMapCache ??= new MapDataCache(async () => {
    const { id, mapThreshold, sensitiveCountries } = await getCurrentCampaign();
    return { id, mapThreshold, sensitiveCountries };
  });
  return globalForMap.solidarityMapCache;
}
