import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { seedDemoSecondCampaign } from "@/lib/campaigns/seed-demo-second-campaign";
import { db } from "@/lib/db/client";

// The embedded demo's second campaign: public at once, with its story in the three languages and
// a few confirmed supporters of its own; seeding again changes nothing.

afterAll(() => db().$disconnect());

describe("the demo's second campaign", () => {
  it("is live with its story and supporters, once", async () => {
    const slug = `demo-${randomUUID().slice(0, 8)}`;
    const first = await seedDemoSecondCampaign(slug);
    expect(first.created).toBe(true);
    expect((await findPublicCampaign(slug))?.status).toBe("LIVE");
    const stories = await db().campaignStory.findMany({ where: { campaignId: first.id }, select: { locale: true } });
    expect(stories.map((story) => story.locale).sort()).toEqual(["be", "en", "ru"]);
    expect(await db().pledge.count({ where: { campaignId: first.id, status: "CONFIRMED" } })).toBe(4);

    expect(await seedDemoSecondCampaign(slug)).toEqual({ id: first.id, created: false });
    expect(await db().pledge.count({ where: { campaignId: first.id } })).toBe(4);
  });
});
