import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/map/route";
import { db } from "@/lib/db/client";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { WARSAW } from "@/tests/factories/cities";
import { insertPledge } from "@/tests/factories/pledge";

// The route handler lives in app/, whose files Vitest does not collect; it is tested here. It
// serves the current campaign (CAMPAIGN_SLUG=test-campaign in tests).

afterAll(() => db().$disconnect());

describe("GET /api/map", () => {
  it("answers compact JSON with a strong ETag, cacheable briefly and usable stale, and 304 when unchanged", async () => {
    const campaign = await currentTestCampaign();
    for (let i = 0; i < 5; i++) await insertPledge(campaign.id, { city: WARSAW });
    await runAggregatorTick();

    const response = await GET(new Request("http://localhost/api/map"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("Cache-Control")).toBe("public, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400");
    const etag = response.headers.get("ETag")!;
    expect(etag).toMatch(/^"\d+-[\w-]{16}"$/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["asOf", "cities", "countries", "total", "version"]);
    expect(body.cities).toContainEqual({ name: "Warsaw", country: "PL", lat: 52.23, lon: 21.012, count: expect.any(Number) });
    expect(etag.startsWith(`"${body.version as number}-`)).toBe(true);

    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await GET(new Request("http://localhost/api/map?v=1", { headers: { "If-None-Match": header } }));
      expect(again.status).toBe(304);
      expect(again.headers.get("ETag")).toBe(etag);
      expect(again.headers.get("Cache-Control")).toContain("s-maxage=5");
      expect(await again.text()).toBe("");
    }
    const stale = await GET(new Request("http://localhost/api/map", { headers: { "If-None-Match": '"0-stale"' } }));
    expect(stale.status).toBe(200);
  });
});
