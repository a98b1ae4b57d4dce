import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { startAggregator, stopAggregator } from "./start-aggregator";

afterAll(() => db().$disconnect());

async function totalOf(campaignId: string, expected: number, timeoutMs = 5_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await db().tallyState.findUnique({ where: { campaignId }, select: { total: true } });
    if (state?.total === expected || Date.now() > deadline) return state?.total ?? 0;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("startAggregator", () => {
  it("folds new pledges every interval until stopped, and starts afresh after a stop", async () => {
    const campaign = await createTestCampaign();
    startAggregator(100);
    startAggregator(100); // a second start is a no-op, not a second loop
    try {
      await insertPledge(campaign.id);
      expect(await totalOf(campaign.id, 1)).toBe(1);
      await insertPledge(campaign.id);
      expect(await totalOf(campaign.id, 2)).toBe(2);
    } finally {
      await stopAggregator();
    }
    // Stopped for good: a new start begins a fresh loop.
    startAggregator(100);
    try {
      await insertPledge(campaign.id);
      expect(await totalOf(campaign.id, 3)).toBe(3);
    } finally {
      await stopAggregator();
    }
  });
});
