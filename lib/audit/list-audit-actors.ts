import "server-only";
import { authoriseInstance, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** Every actor label that appears in the log, for the audit page's filter (ADMIN only). */
export async function listAuditActors(actor: Actor): Promise<string[]> {
  authoriseInstance(actor, "ADMIN");
  const groups = await db().auditLogEntry.groupBy({ by: ["actorLabel"], orderBy: { actorLabel: "asc" } });
  return groups.map((group) => group.actorLabel);
}
