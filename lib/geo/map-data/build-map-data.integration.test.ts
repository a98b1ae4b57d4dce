import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RELEASE_DELAY_MAX_MS } from "@/lib/stats/coarse/coarse-release-rule";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { KRAKOW, MINSK, VILNIUS, WARSAW } from "@/tests/factories/cities";
import { insertPledge } from "@/tests/factories/pledge";
import { buildMapData } from "./build-map-data";
import { MapDataCache } from "./map-data-cache";

// The public map must be private by construction: small groups and sensitive countries only
// ever appear inside a country's total, and nothing about a person appears at all.

afterAll(() => db().$disconnect());

async function confirmed(campaignId: string, count: number, options: Parameters<typeof insertPledge>[1]) {
  for (let i = 0; i < count; i++) await insertPledge(campaignId, options);
}

// Cities that reach k carry the gazetteer's name ("name"); nothing else that could name or locate a person.
const FORBIDDEN_KEYS = /message|email|display|locale|consent|id$|^id|latitude|longitude|city|key/i;

function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => [key, ...allKeys(inner)]);
  return [];
}

describe("buildMapData", () => {
  it("shows countries and cities from k supporters up, sensitive countries only as coarse totals, and nothing about anyone", async () => {
    const campaign = await createTestCampaign({ mapThreshold: 5, sensitiveCountries: ["BY"] });
    await runAggregatorTick(); // the campaign's first tick: Belarus is published as 0
    await confirmed(campaign.id, 5, { city: WARSAW });
    await confirmed(campaign.id, 4, { city: KRAKOW });
    await confirmed(campaign.id, 6, { country: "BY", city: MINSK });
    await confirmed(campaign.id, 2, { country: "LT", city: VILNIUS });
    await insertPledge(campaign.id, { country: "LT", status: "PENDING", city: VILNIUS });
    await db().pledge.updateMany({ where: { campaignId: campaign.id }, data: { message: "Secret message", messageStatus: "APPROVED" } });
    await runAggregatorTick();
    // Belarus's six are not published yet: the map has no point for them and they are not in the total.
    expect(await buildMapData(campaign)).toMatchObject({ version: 1, total: 11, countries: [{ code: "PL", count: 9 }] });
    await runAggregatorTick({ now: new Date(Date.now() + RELEASE_DELAY_MAX_MS) });

    const map = await buildMapData(campaign);
    // Released as 5 (a multiple of k); the total adds up the published figures.
    expect(map).toMatchObject({ version: 2, total: 16 });
    expect(new Date(map.asOf!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Lithuania's 2 are fewer than k: no point, they count in the total only.
    expect(map.countries).toEqual([
      { code: "BY", count: 5, lat: 53.52, lon: 28.02 },
      { code: "PL", count: 9, lat: expect.any(Number), lon: expect.any(Number) },
    ]);
    // Warsaw (5) reaches k; Kraków (4) does not; Minsk (6) is in a sensitive country.
    expect(map.cities).toEqual([{ name: "Warsaw", country: "PL", lat: 52.23, lon: 21.012, count: 5 }]);

    const json = JSON.stringify(map);
    expect(allKeys(map).filter((key) => FORBIDDEN_KEYS.test(key))).toEqual([]);
    for (const secret of ["Kraków", "Krakow", "Minsk", "Secret", "@", "Anna"]) expect(json).not.toContain(secret);
  });

  it("never shows a point for fewer than 3 people, whatever k the campaign sets", async () => {
    const campaign = await createTestCampaign({ mapThreshold: 1, sensitiveCountries: [] });
    await confirmed(campaign.id, 2, { city: WARSAW });
    await confirmed(campaign.id, 3, { city: KRAKOW });
    await runAggregatorTick();
    expect((await buildMapData(campaign)).cities).toEqual([{ name: expect.stringMatching(/^Krak/), country: "PL", lat: 50.061, lon: 19.937, count: 3 }]);
  });

  it("answers an empty map for a campaign without any confirmed pledge", async () => {
    const campaign = await createTestCampaign();
    expect(await buildMapData(campaign)).toEqual({ version: 0, asOf: null, total: 0, countries: [], cities: [] });
  });
});

describe("MapDataCache", () => {
  it("answers from memory while fresh, then rebuilds only when the version moved", async () => {
    const campaign = await createTestCampaign();
    await insertPledge(campaign.id);
    await runAggregatorTick();
    let settingsReads = 0;
    const cache = new MapDataCache(async () => {
      settingsReads += 1;
      return campaign;
    });
    const first = await cache.get(1_000_000);
    expect(first.data.total).toBe(1);

    await insertPledge(campaign.id);
    await runAggregatorTick();
    expect(await cache.get(1_004_999)).toBe(first); // fresh: no database read at all
    expect(settingsReads).toBe(1);

    const second = await cache.get(1_005_000);
    expect(second.data.total).toBe(2);
    expect(second.etag).not.toBe(first.etag);
    const same = await cache.get(1_010_000); // version unchanged: checked, not rebuilt
    expect(same.data).toBe(second.data);
    expect(await Promise.all([cache.get(1_020_000), cache.get(1_020_000)])).toEqual([same, same]);
    expect(settingsReads).toBe(4);
  });
});
