import "server-only";
import { db } from "@/lib/db/client";

export const DEFAULT_CAMPAIGN = {
  slug: "belarus-solidarity-day",
  title: "International Day of Solidarity with Civil Society in Belarus",
  goal: 10_000,
} as const;

/** Creates the campaign if it does not exist; never overwrites organisers' later edits. */
export async function seedCampaign(slug: string = DEFAULT_CAMPAIGN.slug): Promise<{ id: string; created: boolean }> {
  const existing = await db().campaign.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const created = await db().campaign.upsert({
    where: { slug },
    create: { ...DEFAULT_CAMPAIGN, slug },
    update: {},
    select: { id: true },
  });
  return { id: created.id, created: true };
}
