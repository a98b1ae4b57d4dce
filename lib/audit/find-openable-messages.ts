import "server-only";
import { authoriseInstance, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { queueBaseWhere } from "@/lib/moderation/queue-where";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Of the pledges an audit page names, those whose message the moderation queue can still show
 * (ADMIN only): the log links to those and names the others without a link (a withdrawn pledge's
 * message is erased, an invalidated one leaves the queue).
 */
export async function findOpenableMessages(actor: Actor, campaignId: string, pledgeIds: string[]): Promise<Set<string>> {
  authoriseInstance(actor, "ADMIN");
  const ids = [...new Set(pledgeIds.filter((id) => UUID.test(id)))];
  if (ids.length === 0) return new Set();
  const rows = await db().pledge.findMany({ where: { AND: [queueBaseWhere(campaignId), { id: { in: ids } }] }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}
