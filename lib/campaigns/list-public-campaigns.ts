import "server-only";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";

/** The campaigns other than the default one that the public may see (LIVE, then CLOSED), newest first. */
export async function listPublicCampaigns(): Promise<{ slug: string; title: string; status: "LIVE" | "CLOSED" }[]> {
  const campaigns = await db().campaign.findMany({
    where: { status: { in: ["LIVE", "CLOSED"] }, slug: { not: serverEnv().CAMPAIGN_SLUG } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    select: { slug: true, title: true, status: true },
    take: 200,
  });
  return campaigns.map((campaign) => ({ ...campaign, status: campaign.status === "LIVE" ? "LIVE" : "CLOSED" }));
}
