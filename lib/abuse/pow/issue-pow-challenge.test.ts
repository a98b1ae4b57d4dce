import { afterAll, describe, expect, it, vi } from "vitest";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { db } from "@/lib/db/client";
import { currentTestCampaign } from "@/lib/stats/test-support";
import { insertStoredPledges } from "@/tests/factories/pledge";
import { solvedPayload } from "@/tests/support/proof-of-work";
import { FLAGGED_DIFFICULTY_FACTOR } from "./create-pow-challenge";
import { issuePowChallenge } from "./issue-pow-challenge";

// The loop from the anomaly detection (lib/fraud/) to the challenge endpoint: a network that
// confirmed more pledges in an hour than the campaign's threshold gets challenges that take ten
// times the work; any other network does not.

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
  it("makes the challenge harder for a network the anomaly detection flags", async () => {
    const campaign = await currentTestCampaign();
    const { anomalyThreshold } = await db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { anomalyThreshold: true } });
    clientAddress = "203.0.113.9";
    const flaggedHash = await requestNetworkHash();
    await insertStoredPledges(campaign.id, anomalyThreshold + 1, { networkHash: flaggedHash });

    const calm = await workFor("198.51.100.20");
    const flagged = await workFor("203.0.113.9");
    expect(flagged).toBeGreaterThan(calm * (FLAGGED_DIFFICULTY_FACTOR / 4));
  });
});
