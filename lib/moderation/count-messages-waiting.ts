import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { queueBaseWhere } from "./queue-where";

/** Messages waiting for a decision (PENDING or HELD) in the moderation queue: the dashboard's number. */
export async function countMessagesWaiting(actor: Actor, campaignId: string): Promise<number> {
  authorise(actor, "VIEWER", campaignId);
  return db().pledge.count({ where: { ...queueBaseWhere(campaignId), messageStatus: { in: ["PENDING", "HELD"] } } });
}
