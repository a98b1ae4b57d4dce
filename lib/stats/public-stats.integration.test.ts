import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { cachedHistory } from "./history-cache";
import { parseHistoryRange } from "./history-range";
import { PublicStatsCache } from "./public-stats-cache";
import { runAggregatorTick } from "./run-aggregator-tick";
import { BELARUS_FEWER_THAN_K, countWithSelects, invalidateDirectly, withdrawDirectly } from "@/tests/support/ledger";

afterAll(() => db().$disconnect());

describe("the public numbers", () => {
  it("agree with SELECTs on the pledges after confirming, withdrawing and invalidating", async () => {
    const campaign = await createTestCampaign();
    const poles = [];
    for (let i = 0; i < 4; i++) poles.push(await insertPledge(campaign.id, { country: "PL" }));
    const lithuanians = [await insertPledge(campaign.id, { country: "LT" }), await insertPledge(campaign.id, { country: "LT" })];
    await insertPledge(campaign.id, { country: "DE" });
    await insertPledge(campaign.id, { status: "PENDING", country: "FR" });
    await insertPledge(campaign.id, { status: "PENDING_REVIEW", country: "FR", confirmedAt: null });
    await withdrawDirectly(poles[0]!);
    await invalidateDirectly(campaign.id, [poles[1]!, lithuanians[0]!], "automated sign-ups from one network");
    await invalidateDirectly(campaign.id, [poles[2]!], "disposable email domain");
    await runAggregatorTick();

    const { stats } = await new PublicStatsCache(() => campaign.slug).get();
    const expected = await countWithSelects(campaign.id);

    expect(stats.confirmed).toBe(expected.confirmed);
    expect(stats.confirmed).toBe(3);
    expect(stats.countries.map(({ code, count }) => ({ code, count }))).toEqual([...expected.countries, BELARUS_FEWER_THAN_K]);
    expect(stats.countries.at(-1)).toEqual({ ...BELARUS_FEWER_THAN_K, share: 0, roundedTo: 5 });
    expect(stats.countries.find((row) => row.code === "PL")?.share).toBeCloseTo(1 / 3, 4);
    expect(stats.ledger).toMatchObject({
      confirmed: expected.confirmed,
      pending: expected.pending,
      pendingReview: expected.pendingReview,
      withdrawn: expected.withdrawn,
      invalidated: expected.invalidated,
      invalidatedByReason: expected.invalidatedByReason,
    });
    expect(stats.ledger).toMatchObject({ pending: 1, pendingReview: 1, withdrawn: 1, invalidated: 3 });
    const today = new Date().toISOString().slice(0, 10);
    expect(stats.ledger.invalidatedByDay).toEqual([{ day: today, count: 3 }]);

    // The history ends where the total is: its cumulative count is the same number.
    const now = new Date();
    const cache = await new PublicStatsCache(() => campaign.slug).get();
    const range = parseHistoryRange(new URLSearchParams("granularity=hour"), now, now);
    if ("message" in range) throw new Error(range.message);
    const points = await cachedHistory(cache.tallies, range, now);
    expect(points.at(-1)?.cumulative).toBe(expected.confirmed);
    expect(points.reduce((sum, point) => sum + point.added, 0)).toBe(7);
    expect(points.reduce((sum, point) => sum + point.removed, 0)).toBe(4);
  });

  it("serves from memory within the fresh window and reads again after it", async () => {
    const campaign = await createTestCampaign();
    await insertPledge(campaign.id, { country: "PL" });
    await runAggregatorTick();
    const cache = new PublicStatsCache(() => campaign.slug, 5_000, 30_000);
    const first = await cache.get(1_000_000);
    await insertPledge(campaign.id, { country: "PL" });
    await runAggregatorTick();
    expect((await cache.get(1_004_000)).stats.confirmed).toBe(first.stats.confirmed);
    expect((await cache.get(1_005_000)).stats.confirmed).toBe(first.stats.confirmed + 1);
  });

  it("recounts a stale ledger in the background: the request gets the previous ledger", async () => {
    const campaign = await createTestCampaign();
    const pledge = await insertPledge(campaign.id, { country: "PL" });
    await runAggregatorTick();
    const cache = new PublicStatsCache(() => campaign.slug, 5_000, 30_000);
    expect((await cache.get(2_000_000)).stats.ledger.withdrawn).toBe(0);
    await withdrawDirectly(pledge);
    await runAggregatorTick();
    const served = await cache.get(2_030_000);
    expect(served.stats.confirmed).toBe(0);
    expect(served.stats.ledger.withdrawn).toBe(0);
    await expect.poll(async () => (await cache.get(2_040_000)).stats.ledger.withdrawn).toBe(1);
  });
});
