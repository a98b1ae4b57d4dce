import "server-only";
import { authoriseInstance, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** Every campaign's title by id, drafts included, for the instance-wide audit log (instance ADMIN only). */
export async function campaignTitles(actor: Actor): Promise<Map<string, string>> {
  authoriseInstance(actor, "ADMIN");
  const campaigns = await db().campaign.findMany({ select: { id: true, title: true } });
  return new Map(campaigns.map((campaign) => [campaign.id, campaign.title]));
}
