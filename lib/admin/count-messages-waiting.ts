import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/**
 * Messages a moderator still has to look at: pending or held messages of confirmed pledges
 * (VIEWER and above). Stand-in for lib/moderation's own count until the moderation queue merges.
 */
export async function countMessagesWaiting(actor: Actor, campaignId: string): Promise<number> {
  authorise(actor, "VIEWER");
  return db().pledge.count({ where: { campaignId, status: "CONFIRMED", messageStatus: { in: ["PENDING", "HELD"] } } });
}
