import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadTallySnapshot } from "@/lib/live/load-tally-snapshot";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { readHistory } from "../read-history";
import { runAggregatorTick } from "../run-aggregator-tick";

afterAll(() => db().$disconnect());

async function historyEnd(campaignId: string) {
  const now = new Date();
  const points = await readHistory(campaignId, { granularity: "day", from: new Date("2026-01-01T00:00:00Z"), until: new Date(now.getTime() + 86_400_000) }, now);
  return points.at(-1)?.cumulative;
}

// Organisers edit the sensitive list (/admin/settings); the aggregator follows at its next tick.
describe("the sensitive country list", () => {
  it("rounds a country put on it at once and shows a country taken off it exactly, the total and history agreeing", async () => {
    const campaign = await createTestCampaign({ mapThreshold: 5, sensitiveCountries: ["BY"] });
    for (let i = 0; i < 7; i++) await insertPledge(campaign.id, { country: "LT" });
    await insertPledge(campaign.id, { country: "PL" });
    await runAggregatorTick();
    expect(await loadTallySnapshot(campaign.id)).toMatchObject({ total: 8, countries: { LT: 7, PL: 1 } });

    // LT's 7 were public until now: rounding them down reveals nothing, and from now on LT is coarse.
    await db().campaign.update({ where: { id: campaign.id }, data: { sensitiveCountries: ["BY", "LT"] } });
    await runAggregatorTick();
    expect(await loadTallySnapshot(campaign.id)).toMatchObject({ total: 6, countries: { LT: 5, PL: 1 } });
    expect(await historyEnd(campaign.id)).toBe(6);
    await insertPledge(campaign.id, { country: "LT" });
    await runAggregatorTick();
    expect(await loadTallySnapshot(campaign.id)).toMatchObject({ version: 2, total: 6 });

    await db().campaign.update({ where: { id: campaign.id }, data: { sensitiveCountries: ["BY"] } });
    await runAggregatorTick();
    expect(await loadTallySnapshot(campaign.id)).toMatchObject({ version: 3, total: 9, countries: { LT: 8, PL: 1 } });
    expect(await historyEnd(campaign.id)).toBe(9);
  });
});
