import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { VILNIUS, WARSAW } from "@/tests/factories/cities";
import { insertPledge } from "@/tests/factories/pledge";
import { listenToTallies, queuedEvents, tallySnapshot } from "@/tests/support/tallies";
import { rebuildTallies } from "./rebuild-tallies";
import { runAggregatorTick } from "./run-aggregator-tick";

afterAll(() => db().$disconnect());

async function drain() {
  while ((await runAggregatorTick()).events > 0);
}

beforeEach(drain);

const setFrozen = (campaignId: string, countsFrozen: boolean) =>
  db().campaign.update({ where: { id: campaignId }, data: { countsFrozen }, select: { id: true } });

describe("frozen public counts", () => {
  it("leave a frozen campaign's tallies, history and total untouched while others keep counting", async () => {
    const frozen = await createTestCampaign();
    const live = await createTestCampaign();
    await insertPledge(frozen.id, { city: WARSAW });
    await drain();
    const before = await tallySnapshot(frozen.id);
    const versionBefore = (await db().tallyState.findUniqueOrThrow({ where: { campaignId: frozen.id }, select: { version: true } })).version;

    await setFrozen(frozen.id, true);
    const listener = await listenToTallies();
    try {
      await insertPledge(frozen.id, { city: WARSAW });
      await insertPledge(frozen.id, { country: "LT", city: VILNIUS });
      await insertPledge(live.id);
      await drain();
      await listener.nextSentinel();

      expect(await tallySnapshot(frozen.id)).toEqual(before);
      expect((await db().tallyState.findUniqueOrThrow({ where: { campaignId: frozen.id }, select: { version: true } })).version).toBe(versionBefore);
      expect(await queuedEvents(frozen.id)).toHaveLength(2);
      expect((await tallySnapshot(live.id)).total).toBe(1);
      // The live stream hears nothing about the frozen campaign: its clients' numbers stand still.
      const heardIds = listener.heard.flatMap((note) => (typeof note === "string" ? [] : [note.campaignId]));
      expect(heardIds).toContain(live.id);
      expect(heardIds).not.toContain(frozen.id);
    } finally {
      await listener.close();
    }
  });

  it("catch up exactly on unfreeze, as if they had never been frozen", async () => {
    const campaign = await createTestCampaign({ countsFrozen: true });
    await insertPledge(campaign.id, { city: WARSAW });
    const leaving = await insertPledge(campaign.id, { country: "LT", city: VILNIUS });
    await insertPledge(campaign.id, { country: "LT" });
    await db().pledge.update({ where: { id: leaving }, data: { status: "WITHDRAWN", withdrawnAt: new Date(), cityName: null, cityLatitude: null, cityLongitude: null, cityGeonameId: null } });
    await drain();
    expect((await tallySnapshot(campaign.id)).total).toBe(0);

    await setFrozen(campaign.id, false);
    await drain();
    const caughtUp = await tallySnapshot(campaign.id);
    expect(caughtUp.total).toBe(2);
    expect(caughtUp.countries).toEqual([
      { country: "LT", count: 1 },
      { country: "PL", count: 1 },
    ]);
    expect(caughtUp.cities.map((city) => city.name)).toEqual(["Warsaw"]);
    expect(await queuedEvents(campaign.id)).toEqual([]);

    // The same numbers a full recount from the pledges gives.
    await rebuildTallies(campaign.id);
    const recounted = await tallySnapshot(campaign.id);
    expect({ countries: caughtUp.countries, cities: caughtUp.cities, total: caughtUp.total }).toEqual({
      countries: recounted.countries,
      cities: recounted.cities,
      total: recounted.total,
    });
  });
});
