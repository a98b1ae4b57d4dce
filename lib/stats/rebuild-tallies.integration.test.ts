import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { KRAKOW, MINSK, type TestCity, VILNIUS, WARSAW } from "@/tests/factories/cities";
import { insertPledge } from "@/tests/factories/pledge";
import { queuedEvents, tallySnapshot } from "@/tests/support/tallies";
import { rebuildTallies } from "./rebuild-tallies";
import { RELEASE_DELAY_MAX_MS } from "./coarse/coarse-release-rule";
import { runAggregatorTick } from "./run-aggregator-tick";

// Rebuilding from the pledges must land exactly where the incremental path (trigger + ticks) did,
// whatever the history: that is what makes `npm run tallies:rebuild` a safe repair.

afterAll(() => db().$disconnect());

const places: { country: string; city: TestCity | null }[] = [
  { country: "PL", city: WARSAW },
  { country: "PL", city: KRAKOW },
  { country: "PL", city: null },
  { country: "LT", city: VILNIUS },
  { country: "BY", city: MINSK },
  { country: "DE", city: { name: "Frankfurt", lat: 50.11552, lon: 8.68417 } },
];
const kinds = ["sign", "sign", "insertConfirmed", "confirm", "confirm", "withdraw", "invalidate", "move", "tick"] as const;
const step = fc.record({ kind: fc.constantFrom(...kinds), pick: fc.nat(), place: fc.nat(places.length - 1), seconds: fc.nat(40) });
type Step = { kind: (typeof kinds)[number]; pick: number; place: number; seconds: number };

/** Plays a random history; `lossy` adds what the rows forget (deletions, undone invalidations). */
async function play(campaignId: string, steps: Step[], options: { lossy?: boolean } = {}) {
  const ids = { PENDING: [] as string[], CONFIRMED: [] as string[], INVALID: [] as string[] };
  let clock = Date.parse("2026-08-04T08:00:00Z");
  const take = (list: string[], pick: number) => list.splice(pick % list.length, 1)[0]!;
  for (const { kind, pick, place, seconds } of steps) {
    clock += seconds * 1000;
    const now = new Date(clock);
    const { country, city } = places[place]!;
    const cityData = { cityName: city?.name ?? null, cityLatitude: city?.lat ?? null, cityLongitude: city?.lon ?? null, cityGeonameId: city?.geonameId ?? null };
    if (kind === "sign") ids.PENDING.push(await insertPledge(campaignId, { status: "PENDING", country, city }));
    else if (kind === "insertConfirmed") ids.CONFIRMED.push(await insertPledge(campaignId, { country, city, confirmedAt: now }));
    else if (kind === "tick") await runAggregatorTick();
    else if (kind === "confirm" && ids.PENDING.length) {
      const id = take(ids.PENDING, pick);
      await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", confirmedAt: now } });
      ids.CONFIRMED.push(id);
    } else if (kind === "withdraw" && ids.CONFIRMED.length + ids.INVALID.length) {
      const list = pick % 3 === 0 && ids.INVALID.length ? ids.INVALID : ids.CONFIRMED.length ? ids.CONFIRMED : ids.INVALID;
      const id = take(list, pick);
      const erased = { cityName: null, cityLatitude: null, cityLongitude: null, cityGeonameId: null };
      if (options.lossy && pick % 2 === 0) await db().pledge.delete({ where: { id } });
      else await db().pledge.update({ where: { id }, data: { status: "WITHDRAWN", withdrawnAt: now, ...erased } });
    } else if (kind === "invalidate" && ids.CONFIRMED.length + ids.PENDING.length) {
      if (options.lossy && ids.INVALID.length && pick % 2 === 0) {
        const id = take(ids.INVALID, pick);
        await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", invalidatedAt: null } });
        ids.CONFIRMED.push(id);
        continue;
      }
      const id = take(ids.CONFIRMED.length && pick % 4 ? ids.CONFIRMED : ids.PENDING.length ? ids.PENDING : ids.CONFIRMED, pick);
      await db().pledge.update({ where: { id }, data: { status: "INVALID", invalidatedAt: now } });
      ids.INVALID.push(id);
    } else if (kind === "move" && ids.CONFIRMED.length) {
      await db().pledge.update({ where: { id: ids.CONFIRMED[pick % ids.CONFIRMED.length]! }, data: { country, ...cityData } });
    }
  }
}

async function drain() {
  while ((await runAggregatorTick()).events > 0);
}

describe("rebuildTallies", () => {
  it("gives exactly the tallies the trigger and the aggregator built, history included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 150, maxLength: 300 }), fc.array(step, { maxLength: 40 }), async (history, other) => {
        // Exact countries only: a sensitive country's releases depend on the clock (its own test below).
        const [campaign, bystander] = [await createTestCampaign({ sensitiveCountries: [] }), await createTestCampaign({ sensitiveCountries: [] })];
        await Promise.all([play(campaign.id, history), play(bystander.id, other)]);
        await drain();
        const [incremental, bystanderBefore] = [await tallySnapshot(campaign.id), await tallySnapshot(bystander.id)];

        const [rebuilt] = await rebuildTallies(campaign.id);
        expect(await tallySnapshot(campaign.id)).toEqual(incremental);
        expect(rebuilt).toMatchObject({ campaignId: campaign.id, total: incremental.total });
        expect(await tallySnapshot(bystander.id)).toEqual(bystanderBefore);
      }),
      { numRuns: 4 },
    );
  });

  it("gives the same current numbers after deletions and undone invalidations, and empties the queue", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: [] });
    const history = fc.sample(fc.array(step, { minLength: 300, maxLength: 300 }), { numRuns: 1, seed: 4 })[0]!;
    await play(campaign.id, history, { lossy: true });
    await drain();
    const { minutes: _minutes, ...incremental } = await tallySnapshot(campaign.id);

    await insertPledge(campaign.id, { city: WARSAW });
    expect((await queuedEvents(campaign.id)).length).toBeGreaterThan(0);
    await rebuildTallies();
    expect(await queuedEvents(campaign.id)).toEqual([]);
    const { minutes, ...rebuilt } = await tallySnapshot(campaign.id);
    expect(rebuilt.total).toBe(incremental.total + 1);
    expect(rebuilt.countries).toEqual(
      incremental.countries
        .map((row) => (row.country === "PL" ? { ...row, count: row.count + 1 } : row))
        .concat(incremental.countries.some((row) => row.country === "PL") ? [] : [{ country: "PL", count: 1 }])
        .sort((a, b) => a.country.localeCompare(b.country)),
    );
    expect(minutes.length).toBeGreaterThan(0);
    const state = await db().tallyState.findUniqueOrThrow({ where: { campaignId: campaign.id }, select: { total: true } });
    expect(state.total).toBe(await db().pledge.count({ where: { campaignId: campaign.id, status: "CONFIRMED" } }));
  });

  it("keeps a sensitive country's published figure and its history: a repair publishes no true count", async () => {
    const campaign = await createTestCampaign({ mapThreshold: 5, sensitiveCountries: ["BY"] });
    await runAggregatorTick();
    for (let i = 0; i < 7; i++) await insertPledge(campaign.id, { country: "BY", city: MINSK });
    await insertPledge(campaign.id, { country: "PL", city: WARSAW });
    await runAggregatorTick();
    await runAggregatorTick({ now: new Date(Date.now() + RELEASE_DELAY_MAX_MS) });
    await insertPledge(campaign.id, { country: "BY" }); // 8 true, not published
    await drain();
    const before = await tallySnapshot(campaign.id);
    expect(before.total).toBe(6); // PL 1 + BY published 5

    const [rebuilt] = await rebuildTallies(campaign.id);
    expect(rebuilt).toMatchObject({ total: 6, countries: { BY: 5, PL: 1 } });
    expect(await tallySnapshot(campaign.id)).toEqual(before);
  });
});
