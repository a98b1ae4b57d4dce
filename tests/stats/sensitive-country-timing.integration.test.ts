import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rebuildTallies } from "@/lib/stats/rebuild-tallies";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { withdrawDirectly } from "@/tests/support/ledger";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { MINSK } from "@/tests/factories/cities";
import { insertPledge } from "@/tests/factories/pledge";
import { listenToTallies } from "@/tests/support/tallies";
import { RELEASE_DELAY_MAX_MS, RELEASE_DELAY_MIN_MS } from "@/lib/stats/coarse/coarse-release-rule";
import { coarseFigure, publicOutputs } from "@/tests/support/public-outputs";

// Issue #13.1: a BY confirmation appeared on /api/live as "BY":3→4 within a second of the click,
// so anyone who saw a person's traffic could tie them to it. Nothing public may move when one
// person in a sensitive country confirms or withdraws: only a batch of at least k, at a random time.

afterAll(async () => {
  // The current campaign is shared with the other test files of this worker: leave no Belarusian
  // (true or published) behind, so their totals still equal their SELECTs.
  const { id } = await currentTestCampaign();
  await db().pledge.deleteMany({ where: { campaignId: id, country: "BY" } });
  await drain();
  await db().coarseCountryTally.updateMany({ where: { campaignId: id }, data: { published: 0, releaseAt: null } });
  await rebuildTallies(id);
  await db().$disconnect();
});

const later = (delays: number) => new Date(Date.now() + delays * RELEASE_DELAY_MAX_MS);
// Each call's snapshot is taken past the previous one's coalescing window, so it is a new one.
let snapshotClock = Date.now();
const nextSnapshotAt = () => new Date((snapshotClock += 60_000));

async function drain(now?: Date) {
  while ((await runAggregatorTick({ now })).events > 0);
}

async function currentCampaign() {
  const { id } = await currentTestCampaign();
  return db().campaign.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, mapThreshold: true, sensitiveCountries: true } });
}

/** Publishes whatever is due and brings BY's true count to its published figure: a known start. */
async function settle(campaignId: string, k: number) {
  const flush = async () => {
    await drain();
    await runAggregatorTick({ now: later(2) }); // schedules what is due
    await runAggregatorTick({ now: later(4) }); // its random moment has come
  };
  await flush();
  const { trueCount, published } = await coarseFigure(campaignId, "BY");
  for (let i = 0; i < (((published - trueCount) % k) + k) % k; i++) await insertPledge(campaignId, { country: "BY" });
  await flush();
  const figure = await coarseFigure(campaignId, "BY");
  expect(figure.trueCount - figure.published).toBe(0);
}

/** What the live stream's listeners heard about the campaign (every notification committed so far). */
async function heardAbout(listener: Awaited<ReturnType<typeof listenToTallies>>, campaignId: string) {
  await listener.nextSentinel();
  return listener.heard.filter((notification) => typeof notification !== "string" && notification.campaignId === campaignId);
}

async function confirmBelarusian(campaignId: string): Promise<string> {
  const id = await insertPledge(campaignId, { status: "PENDING", country: "BY", city: MINSK });
  await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
  return id;
}

describe("a sensitive country's supporters", () => {
  let campaign: Awaited<ReturnType<typeof currentCampaign>>;
  const k = 5;
  beforeEach(async () => {
    campaign = await currentCampaign();
    expect(campaign).toMatchObject({ mapThreshold: k, sensitiveCountries: ["BY"] });
    await settle(campaign.id, k);
  });

  it("one confirmation, then its withdrawal, change no public output and send no event, however long we watch", async () => {
    const before = await publicOutputs(campaign, nextSnapshotAt());
    const listener = await listenToTallies();
    try {
      const pledge = await confirmBelarusian(campaign.id);
      await drain();
      await runAggregatorTick({ now: later(1) });
      await runAggregatorTick({ now: later(3) });
      expect(await coarseFigure(campaign.id, "BY")).toMatchObject({ trueCount: (before.live.countries.BY ?? 0) + 1, releaseAt: null });
      expect(await publicOutputs(campaign, nextSnapshotAt())).toEqual(before);

      await withdrawDirectly(pledge);
      await drain();
      await runAggregatorTick({ now: later(3) });
      expect(await publicOutputs(campaign, nextSnapshotAt())).toEqual(before);
      expect(await heardAbout(listener, campaign.id)).toEqual([]);
    } finally {
      await listener.close();
    }
  });

  it("k confirmations are published once, rounded, at a random moment after the k-th, in every output at once", async () => {
    const before = await publicOutputs(campaign, nextSnapshotAt());
    const listener = await listenToTallies();
    try {
      for (let i = 0; i < k; i++) await confirmBelarusian(campaign.id);
      const tickAt = new Date();
      await drain(tickAt);
      const { releaseAt } = await coarseFigure(campaign.id, "BY");
      expect(releaseAt!.getTime()).toBeGreaterThanOrEqual(tickAt.getTime() + RELEASE_DELAY_MIN_MS);
      expect(releaseAt!.getTime()).toBeLessThan(tickAt.getTime() + RELEASE_DELAY_MAX_MS);
      await runAggregatorTick({ now: new Date(releaseAt!.getTime() - 1) });
      expect(await publicOutputs(campaign, nextSnapshotAt())).toEqual(before);
      expect(await heardAbout(listener, campaign.id)).toEqual([]);

      await runAggregatorTick({ now: releaseAt! });
      const after = await publicOutputs(campaign, nextSnapshotAt());
      const published = (before.live.countries.BY ?? 0) + k;
      expect(after.live).toEqual({ ...before.live, version: before.live.version + 1, total: before.live.total + k, countries: { ...before.live.countries, BY: published } });
      expect(after.homeTotal).toBe(before.homeTotal + k);
      expect(after.map.total).toBe(before.map.total + k);
      expect(after.map.countries.find((country) => country.code === "BY")).toMatchObject({ count: published });
      expect(after.map.cities.some((city) => city.country === "BY")).toBe(false);
      expect(after.stats.body).toMatchObject({ confirmed: before.homeTotal + k, version: before.live.version + 1 });
      expect(after.countriesCsv.body).toContain(`BY,Belarus,${published},`);
      expect(after.badge.body).not.toBe(before.badge.body);
      expect(after.snapshot).toMatchObject({ confirmed: before.homeTotal + k, countries: expect.arrayContaining([{ code: "BY", count: published, roundedTo: k }]) });
      // The history shows the k as one step (an hour bucket may hold others' changes too) and still ends at the total.
      const added = (outputs: typeof before) => outputs.history.body.points.reduce((sum, point) => sum + point.added, 0);
      expect(added(after) - added(before)).toBe(k);
      expect(after.history.body.points.at(-1)?.cumulative).toBe(after.homeTotal);
      expect(await heardAbout(listener, campaign.id)).toEqual([after.live]);
    } finally {
      await listener.close();
    }
  });
});
