import "server-only";
import { db } from "@/lib/db/client";
import { seedDemoPledges, type DemoSupporter } from "./seed-demo-pledges";

// A second LIVE campaign for the embedded demo only (prisma/seed.ts with demo): a fresh local
// install shows what several campaigns look like (/en/campaigns, its own pages, the admin
// switcher) without anyone creating one. Never on a real database; the e2e server seeds without
// the demo, so no spec sees it (docs/decisions/0054-several-campaigns-one-instance.md).

export const DEMO_SECOND_CAMPAIGN = { slug: "solidarity-2027", title: "Solidarity 2027: letters to political prisoners", goal: 500 } as const;

const stories: Record<"en" | "be" | "ru", string> = {
  en: "## Write a letter\n\nEvery letter tells a political prisoner in Belarus that the world has not forgotten them. Add your name and we will deliver the count with the letters.",
  be: "## Напішыце ліст\n\nКожны ліст кажа палітвязню ў Беларусі, што свет пра яго не забыўся. Дадайце сваё імя, і мы перададзім колькасць подпісаў разам з лістамі.",
  ru: "## Напишите письмо\n\nКаждое письмо говорит политзаключённому в Беларуси, что мир о нём не забыл. Добавьте своё имя, и мы передадим число подписей вместе с письмами.",
};

const supporters: DemoSupporter[] = [
  { name: "Ingrid Berg", country: "NO", message: "Thinking of you every day." },
  { name: "Mateusz Nowak", country: "PL" },
  { name: "Laura Rossi", country: "IT", message: "Hold on: letters are on their way." },
  { name: "Daniel Weber", country: "AT" },
];

/** Creates the demo's second campaign with its story and a few confirmed supporters, once; `slug` for tests. */
export async function seedDemoSecondCampaign(slug: string = DEMO_SECOND_CAMPAIGN.slug): Promise<{ id: string; created: boolean }> {
  const existing = await db().campaign.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const campaign = await db().campaign.create({ data: { ...DEMO_SECOND_CAMPAIGN, slug, status: "LIVE" }, select: { id: true } });
  await db().campaignStory.createMany({
    data: Object.entries(stories).map(([locale, markdown]) => ({ campaignId: campaign.id, locale, markdown, updatedBy: "seed" })),
  });
  await seedDemoPledges(campaign.id, supporters);
  return { id: campaign.id, created: true };
}
