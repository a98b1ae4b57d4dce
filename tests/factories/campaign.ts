import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { publicCampaignSelect } from "@/lib/campaigns/get-current-campaign";
import type { Prisma } from "@/lib/db/generated/client";

/** A campaign of the test's own, so tests never share rows. */
export async function createTestCampaign(overrides: Partial<Prisma.CampaignCreateInput> = {}) {
  return db().campaign.create({
    data: { slug: `test-${randomUUID()}`, title: "Test campaign", goal: 100, ...overrides },
    select: publicCampaignSelect,
  });
}

/** The campaign the public routes serve in tests (CAMPAIGN_SLUG), created on first use. */
export async function currentTestCampaign() {
  const slug = process.env.CAMPAIGN_SLUG ?? "test-campaign";
  return db().campaign.upsert({ where: { slug }, create: { slug, title: "Test campaign", goal: 100 }, update: {}, select: { id: true, slug: true } });
}
