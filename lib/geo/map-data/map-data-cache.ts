import "server-only";
import { readCampaignTotals } from "@/lib/stats/read-tallies";
import { buildMapData, type MapData, type MapSettings } from "./build-map-data";
import { mapEtag } from "./map-etag";

/** As long as shared caches may keep the map (s-maxage): the instance asks no more often. */
export const MAP_FRESH_MS = 5_000;

export interface CachedMap {
  data: MapData;
  etag: string;
}

interface Entry extends CachedMap {
  settingsKey: string;
  checkedAt: number;
}

function settingsKey(settings: MapSettings): string {
  return `${settings.id}|${settings.mapThreshold}|${[...settings.sensitiveCountries].sort().join(",")}`;
}

/**
 * One campaign's public map, kept in memory. Within MAP_FRESH_MS of the last check it is served
 * without touching the database; after that, the campaign's settings and the tallies' version
 * are read (two primary-key reads), and the map is rebuilt only when either changed. Concurrent
 * requests share one check and one rebuild, so a burst of visitors costs what one does.
 */
export class MapDataCache {
  private entry: Entry | undefined;
  private refreshing: Promise<Entry> | undefined;

  constructor(
    private readonly loadSettings: () => Promise<MapSettings>,
    private readonly freshMs = MAP_FRESH_MS,
  ) {}

  async get(now = Date.now()): Promise<CachedMap> {
    if (this.entry && now - this.entry.checkedAt < this.freshMs) return this.entry;
    this.refreshing ??= this.refresh(now).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** The last map built, however old: served while the database cannot be reached. */
  last(): CachedMap | undefined {
    return this.entry;
  }

  private async refresh(now: number): Promise<Entry> {
    const settings = await this.loadSettings();
    const key = settingsKey(settings);
    const { version } = await readCampaignTotals(settings.id);
    if (this.entry?.settingsKey === key && this.entry.data.version === version) {
      this.entry.checkedAt = now;
      return this.entry;
    }
    // Labelled with the version it was built from, which may be newer than the one just read.
    const data = await buildMapData(settings);
    this.entry = { settingsKey: key, data, etag: mapEtag(settings, data.version), checkedAt: now };
    return this.entry;
  }
}
