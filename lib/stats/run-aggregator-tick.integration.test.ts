import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { KRAKOW, VILNIUS, WARSAW } from "@/tests/factories/cities";
import { insertPledge } from "@/tests/factories/pledge";
import { listenToTallies, queuedEvents, tallySnapshot } from "@/tests/support/tallies";
import { runAggregatorTick } from "./run-aggregator-tick";
import { notificationPayload, NOTIFY_PAYLOAD_MAX_BYTES } from "./tally-notification";

afterAll(() => db().$disconnect());

async function drain() {
  while ((await runAggregatorTick()).events > 0);
}

// Other tests' events share this worker's queue; start each test with it empty.
beforeEach(drain);

const at = (time: string) => new Date(`2026-08-04T${time}Z`);

describe("runAggregatorTick", () => {
  it("folds the queue into country, city and per-minute tallies and the total, and empties it", async () => {
    const campaign = await createTestCampaign();
    await insertPledge(campaign.id, { city: WARSAW, confirmedAt: at("10:00:05") });
    await insertPledge(campaign.id, { city: WARSAW, confirmedAt: at("10:00:55") });
    const leaving = await insertPledge(campaign.id, { city: KRAKOW, confirmedAt: at("10:01:10") });
    await insertPledge(campaign.id, { country: "LT", city: VILNIUS, confirmedAt: at("10:01:20") });
    await insertPledge(campaign.id, { country: "LT", confirmedAt: at("10:01:30") });
    await insertPledge(campaign.id, { status: "PENDING" });
    await db().pledge.update({ where: { id: leaving }, data: { status: "WITHDRAWN", withdrawnAt: at("10:03:00"), cityName: null, cityLatitude: null, cityLongitude: null, cityGeonameId: null } });

    const result = await runAggregatorTick();
    expect(result).toMatchObject({ acquired: true, events: 6 });
    expect(await queuedEvents(campaign.id)).toEqual([]);
    const tallies = await tallySnapshot(campaign.id);
    expect(tallies.total).toBe(4);
    expect(tallies.countries).toEqual([
      { country: "LT", count: 2 },
      { country: "PL", count: 2 },
    ]);
    // Kraków's only supporter withdrew: no trace of the city is left.
    expect(tallies.cities).toEqual([
      { country: "LT", cityKey: "g593116", name: "Vilnius", latitude: VILNIUS.lat, longitude: VILNIUS.lon, count: 1 },
      { country: "PL", cityKey: "g756135", name: "Warsaw", latitude: WARSAW.lat, longitude: WARSAW.lon, count: 2 },
    ]);
    expect(tallies.minutes).toEqual([
      { minute: at("10:00:00"), added: 2, removed: 0 },
      { minute: at("10:01:00"), added: 3, removed: 0 },
      { minute: at("10:03:00"), added: 0, removed: 1 },
    ]);
    expect(result.snapshots.find((snapshot) => snapshot.campaignId === campaign.id)).toEqual({ campaignId: campaign.id, version: 1, total: 4, countries: { LT: 2, PL: 2 } });

    await insertPledge(campaign.id, { confirmedAt: at("10:05:00") });
    await insertPledge(campaign.id, { confirmedAt: at("10:05:01") });
    await runAggregatorTick();
    // One write of the campaign's state per tick, not per pledge.
    expect(await db().tallyState.findUniqueOrThrow({ where: { campaignId: campaign.id }, select: { version: true, total: true } })).toEqual({ version: 2n, total: 6 });
  });

  it("folds every event exactly once when ticks run concurrently", async () => {
    const campaign = await createTestCampaign();
    const rows = Array.from({ length: 600 }, (_, index) => ({
      campaignId: campaign.id,
      status: "CONFIRMED" as const,
      emailHash: `concurrent-${campaign.id}-${index}`,
      country: ["PL", "LT", "DE"][index % 3]!,
      locale: "en",
      consentProcessing: true,
      confirmedAt: at("12:00:00"),
    }));
    await db().pledge.createMany({ data: rows });
    let folded = 0;
    while ((await queuedEvents(campaign.id)).length > 0) {
      const results = await Promise.all(Array.from({ length: 4 }, () => runAggregatorTick({ batchSize: 70 })));
      folded += results.reduce((sum, result) => sum + result.events, 0);
    }
    expect(folded).toBe(600);
    const tallies = await tallySnapshot(campaign.id);
    expect(tallies.total).toBe(600);
    expect(tallies.countries.map((row) => row.count)).toEqual([200, 200, 200]);
    expect(tallies.minutes).toEqual([{ minute: at("12:00:00"), added: 600, removed: 0 }]);
  });

  it("announces each change once, after commit, and stays silent when there is nothing to fold", async () => {
    const campaign = await createTestCampaign();
    const listener = await listenToTallies();
    try {
      await runAggregatorTick();
      await listener.nextSentinel();
      expect(listener.heard).toEqual([]);

      await insertPledge(campaign.id, { country: "SE" });
      await runAggregatorTick();
      await runAggregatorTick();
      await listener.nextSentinel();
      expect(listener.heard).toEqual([{ campaignId: campaign.id, version: 1, total: 1, countries: { SE: 1 } }]);
    } finally {
      await listener.close();
    }
  });

  it("announces only the version when the countries would not fit in a notification", async () => {
    const campaign = await createTestCampaign();
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const codes = [...letters].flatMap((first) => [...letters].map((second) => first + second));
    await db().countryTally.createMany({ data: codes.map((country) => ({ campaignId: campaign.id, country, count: 12_345 })) });
    const listener = await listenToTallies();
    try {
      await insertPledge(campaign.id, { country: "PL" });
      await runAggregatorTick();
      await listener.nextSentinel();
      expect(listener.heard).toEqual([{ campaignId: campaign.id, version: 1 }]);
    } finally {
      await listener.close();
    }
  });
});

describe("runAggregatorTick at volume", () => {
  it("folds 10,000 events (100 countries, 1,000 cities, 60 minutes) in one tick", async () => {
    const campaign = await createTestCampaign();
    await db().$executeRaw`
      INSERT INTO "TallyEvent" ("campaignId", "delta", "country", "cityKey", "cityName", "cityLatitude", "cityLongitude", "occurredAt")
      SELECT ${campaign.id}::uuid, CASE WHEN i % 7 = 0 THEN -1 ELSE 1 END,
             chr(65 + i % 10) || chr(65 + (i / 10) % 10), 'g' || (i % 1000), 'City ' || (i % 1000), 50 + (i % 1000) / 100.0, 20,
             timestamptz '2026-08-04 10:00:00Z' + make_interval(mins => i % 60)
      FROM generate_series(1, 10000) AS i`;
    // How long it takes is for the bench ("tally rebuild"); here, that one tick folds them all.
    const started = performance.now();
    const result = await runAggregatorTick();
    const elapsed = performance.now() - started;
    console.log(`[tallies] one tick folded ${result.events} events in ${elapsed.toFixed(0)} ms`);
    expect(result.events).toBe(10_000);
    expect((await tallySnapshot(campaign.id)).total).toBe(7_144);
  });
});

describe("notificationPayload", () => {
  it("carries every country while the payload stays under the limit", () => {
    const snapshot = { campaignId: "c", version: 7, total: 3, countries: { PL: 2, LT: 1 } };
    expect(JSON.parse(notificationPayload(snapshot))).toEqual(snapshot);
    const huge = { ...snapshot, countries: Object.fromEntries(Array.from({ length: 676 }, (_, i) => [`${i}`, 12_345])) };
    expect(Buffer.byteLength(JSON.stringify(huge))).toBeGreaterThan(NOTIFY_PAYLOAD_MAX_BYTES);
    expect(JSON.parse(notificationPayload(huge))).toEqual({ campaignId: "c", version: 7 });
  });
});
