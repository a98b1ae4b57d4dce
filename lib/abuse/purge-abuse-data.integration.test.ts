import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPledge } from "@/lib/pledges/create-pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { dailyNetworkKey } from "./network/daily-network-key";
import { hashNetwork } from "./network/hash-network";
import { purgeAbuseData } from "./purge-abuse-data";

afterAll(() => db().$disconnect());

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("network hashes", () => {
  it("are the same for one network on one day, and unlinkable across days", async () => {
    const monday = day("2031-03-03");
    expect(await hashNetwork("192.0.2.1", monday)).toBe(await hashNetwork("192.0.2.200", monday));
    expect(await hashNetwork("192.0.2.1", monday)).not.toBe(await hashNetwork("192.0.3.1", monday));
    expect(await hashNetwork("192.0.2.1", monday)).not.toBe(await hashNetwork("192.0.2.1", day("2031-03-04")));
  });

  it("use one key per day, even when many instances ask for it at once", async () => {
    const keys = await Promise.all(Array.from({ length: 10 }, () => dailyNetworkKey(day("2031-04-01"))));
    expect(new Set(keys.map((key) => key.toString("hex"))).size).toBe(1);
    expect(await db().networkHashKey.count({ where: { day: new Date("2031-04-01T00:00:00Z") } })).toBe(1);
  });
});

describe("purgeAbuseData", () => {
  it("erases network hashes after 72 hours and daily keys after 3 days", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, pledgeInput(), "en", { networkHash: await hashNetwork("198.51.100.3"), proofOfWork: { status: "missing" } });
    const pledge = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { id: true, networkHashedAt: true } });
    await dailyNetworkKey(day("2031-05-01"));
    await dailyNetworkKey(day("2031-05-03"));

    await purgeAbuseData(new Date(pledge.networkHashedAt!.getTime() + 71 * 3600 * 1000));
    expect(await db().pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { networkHash: true } })).not.toEqual({ networkHash: null });

    await purgeAbuseData(new Date(pledge.networkHashedAt!.getTime() + 73 * 3600 * 1000));
    expect(await db().pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { networkHash: true, networkHashedAt: true } })).toEqual({ networkHash: null, networkHashedAt: null });

    // On 4 May the keys of 2, 3 and 4 May are kept; 1 May's is gone, so its hashes mean nothing now.
    await purgeAbuseData(day("2031-05-04"));
    const days = (await db().networkHashKey.findMany({ where: { day: { gte: new Date("2031-05-01T00:00:00Z"), lte: new Date("2031-05-04T00:00:00Z") } }, select: { day: true } })).map((row) => row.day.toISOString().slice(0, 10));
    expect(days).toEqual(["2031-05-03"]);
  });
});
