import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { auditActorOf, authoriseInstance, type Actor } from "./actor";
import { assertAnotherAdminRemains } from "./assert-admin-remains";
import { lockOrganiser, type OrganiserRef } from "./organiser-ref";

/**
 * Removes an organiser (ADMIN only): the row is kept but disabled, so the audit log still reads,
 * and their sessions and unused sign-in links are deleted in the same transaction, so they are
 * signed out at once. The last active admin cannot be removed. Removing twice changes nothing.
 */
export async function removeOrganiser(actor: Actor, ref: OrganiserRef): Promise<{ removed: boolean }> {
  authoriseInstance(actor, "ADMIN");
  return db().$transaction(async (tx) => {
    const user = await lockOrganiser(tx, ref);
    if (user.disabledAt) return { removed: false };
    if (user.role === "ADMIN") await assertAnotherAdminRemains(tx, user.id, "userId");
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: new Date() }, select: { id: true } });
    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "organiser.remove",
      target: { type: "user", id: user.id },
      details: { email: user.email, role: user.role, sessionsEnded: sessions.count },
    });
    return { removed: true };
  });
}
