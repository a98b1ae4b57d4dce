import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseHistoryRange } from "@/lib/stats/history-range";
import { PublicStatsCache } from "@/lib/stats/public-stats-cache";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { dataResponse } from "./api-response";
import { historyLastModified } from "./history-document";
import { statsDocument } from "./stats-document";
import { BASE } from "@/tests/support/open-data-api";

// A client revalidating with If-Modified-Since must never be told "not modified" about a body
// whose ETag changed: Last-Modified has to move with everything the body shows.

afterAll(() => db().$disconnect());

const HOUR = 3_600_000;

/** A campaign whose numbers and settings last changed an hour ago. */
async function campaignQuietForAnHour() {
  const campaign = await createTestCampaign();
  await insertPledge(campaign.id, { country: "PL" });
  await runAggregatorTick();
  const anHourAgo = new Date(Date.now() - HOUR);
  await db().$executeRaw`UPDATE "TallyState" SET "updatedAt" = ${anHourAgo} WHERE "campaignId" = ${campaign.id}::uuid`;
  await db().$executeRaw`UPDATE "Pledge" SET "updatedAt" = ${anHourAgo} WHERE "campaignId" = ${campaign.id}::uuid`;
  await db().$executeRaw`UPDATE "Campaign" SET "updatedAt" = ${anHourAgo} WHERE "id" = ${campaign.id}::uuid`;
  return { campaign, anHourAgo };
}

function statsResponse(cached: Awaited<ReturnType<PublicStatsCache["get"]>>, headers: Record<string, string> = {}) {
  return dataResponse(new Request(`${BASE}/api/v1/stats.json`, { headers }), JSON.stringify(statsDocument(cached.stats)), {
    contentType: "application/json",
    lastModified: cached.lastModified,
  });
}

describe("Last-Modified of the open data", () => {
  it("moves when an organiser changes the goal, so If-Modified-Since gets the new stats.json", async () => {
    const { campaign, anHourAgo } = await campaignQuietForAnHour();
    const cache = new PublicStatsCache(() => campaign.slug, 5_000, 30_000);
    const first = statsResponse(await cache.get(anHourAgo.getTime()));
    const firstModified = first.headers.get("Last-Modified")!;

    await db().campaign.update({ where: { id: campaign.id }, data: { goal: 5_000 } });
    const after = await cache.get(anHourAgo.getTime() + 6_000);
    expect(after.stats.goal).toBe(5_000);
    const second = statsResponse(after);

    expect(second.headers.get("ETag")).not.toBe(first.headers.get("ETag"));
    expect(Date.parse(second.headers.get("Last-Modified")!)).toBeGreaterThan(Date.parse(firstModified));
    const revalidated = statsResponse(after, { "If-Modified-Since": firstModified });
    expect(revalidated.status).toBe(200);
    expect((await revalidated.json()) as { goal: number }).toMatchObject({ goal: 5_000 });
  });

  it("of the history is at least the start of the newest hour or day it shows", () => {
    const now = new Date("2026-12-03T12:34:56Z");
    const yesterday = new Date("2026-12-02T09:00:00Z");
    const tallies = { asOf: yesterday, settingsChangedAt: yesterday };
    const hourly = parseHistoryRange(new URLSearchParams("granularity=hour"), now, yesterday);
    const daily = parseHistoryRange(new URLSearchParams("granularity=day&to=2026-12-02"), now, yesterday);
    if ("message" in hourly || "message" in daily) throw new Error("valid ranges expected");
    expect(historyLastModified(tallies, hourly, now)).toEqual(new Date("2026-12-03T12:00:00Z"));
    expect(historyLastModified(tallies, daily, now)).toEqual(yesterday);
  });
});
