import "server-only";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
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
