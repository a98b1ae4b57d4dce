import { afterAll, describe, expect, it, vi } from "vitest";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { db } from "@/lib/db/client";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { insertPledges } from "@/tests/factories/pledge";
import { solvedPayload } from "@/tests/support/proof-of-work";
import { issuePowChallenge } from "./issue-pow-challenge";
import { difficultyFactor, POW_CEILING_FACTOR } from "./pow-difficulty";

// The challenge endpoint's pricing (ADR 0029): a network's challenges get dearer the more it asks
// for in the window, a network the anomaly check flags pays the ceiling, and neither touches
// anybody else's price.

let clientAddress = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

afterAll(() => db().$disconnect());

/** The work the solver did for a challenge issued to `address` (the counter is the work done). */
async function workFor(address: string): Promise<number> {
  clientAddress = address;
  const payload = JSON.parse(Buffer.from(await solvedPayload(await issuePowChallenge()), "base64").toString()) as { solution: { counter: number } };
  return payload.solution.counter;
}

describe("issuePowChallenge", () => {
  it("charges a flagged network the ceiling", async () => {
    const campaign = await currentTestCampaign();
    const { anomalyThreshold } = await db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { anomalyThreshold: true } });
    clientAddress = "203.0.113.9";
    const flaggedHash = await requestNetworkHash();
    // Above the threshold and most of the campaign's hour, whatever other tests confirmed.
    const hour = await db().pledge.count({ where: { campaignId: campaign.id, confirmedAt: { gt: new Date(Date.now() - 3_600_000) } } });
    await insertPledges(campaign.id, Math.max(anomalyThreshold + 1, hour), { networkHash: flaggedHash });

    const calm = await workFor("198.51.100.20");
    const flagged = await workFor("203.0.113.9");
    expect(flagged).toBeGreaterThan(calm * (POW_CEILING_FACTOR / 8));
  });

  it("prices a network's challenges by how many it asked for, and nobody else's", async () => {
    const campaign = await db().campaign.findUniqueOrThrow({
      where: { id: (await currentTestCampaign()).id },
      select: { powFreeChallenges: true, powWindowSeconds: true, powDoublingStep: true },
    });
    const burst = campaign.powFreeChallenges + 3 * campaign.powDoublingStep;
    const work: number[] = [];
    for (let index = 0; index < burst; index++) work.push(await workFor("198.51.77.1"));
    // The last challenges cost eight times the base: their work is above the first ones' maximum.
    const firstMax = Math.max(...work.slice(0, campaign.powFreeChallenges));
    expect(difficultyFactor(burst, campaign)).toBe(8);
    expect(Math.min(...work.slice(-3))).toBeGreaterThan(firstMax * 2);
    // A neighbour in another /24 still pays the base price.
    expect(await workFor("198.51.78.1")).toBeLessThanOrEqual(firstMax * 2);
  });
});
