import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { auditActorOf, authoriseInstance, type Actor } from "./actor";
import { lockOrganiser, type OrganiserRef } from "./organiser-ref";

/**
 * Signs an organiser out everywhere (ADMIN only), e.g. after a lost laptop: their sessions are
 * deleted and every browser they used is signed out on its next request. They can sign in again
 * with a new link; to stop that too, remove them.
 */
export async function revokeOrganiserSessions(actor: Actor, ref: OrganiserRef): Promise<{ sessionsEnded: number }> {
  authoriseInstance(actor, "ADMIN");
  return db().$transaction(async (tx) => {
    const user = await lockOrganiser(tx, ref);
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "sessions.revoke",
      target: { type: "user", id: user.id },
      details: { email: user.email, sessionsEnded: count },
    });
    return { sessionsEnded: count };
  });
}
