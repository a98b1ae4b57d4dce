import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPledge } from "@/lib/pledges/create-pledge";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { hostileInputs } from "@/tests/fixtures/hostile-inputs";
import { buildMapData } from "./build-map-data";

// The map and its table show cities by the gazetteer's names only. Whatever a supporter types as
// their city, even when enough supporters type the same, it never reaches the public map data.

afterAll(() => db().$disconnect());

// One accepted string of each kind keeps the test quick.
const cityTexts = [...new Map(hostileInputs.filter((input) => input.verdict === "stored" && input.value.length <= 120).map((input) => [input.kind, input.value])).values()];

describe("typed city names on the public map", () => {
  it("never appear, however many confirmed supporters typed them", async () => {
    const campaign = await createTestCampaign({ mapThreshold: 3 });
    for (const city of cityTexts) {
      await Promise.all([1, 2, 3].map(() => createPledge(campaign, pledgeInput({ city }), "en")));
    }
    await db().pledge.updateMany({ where: { campaignId: campaign.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    await runAggregatorTick();

    const map = await buildMapData(campaign);
    expect(map.total).toBe(cityTexts.length * 3);
    expect(map.cities).toEqual([]);
    const published = JSON.stringify(map);
    expect(cityTexts.filter((city) => published.includes(JSON.stringify(city).slice(1, -1)))).toEqual([]);
  }, 60_000);
});
