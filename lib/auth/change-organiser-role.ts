import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { auditActorOf, authoriseInstance, type Actor } from "./actor";
import { assertAnotherAdminRemains } from "./assert-admin-remains";
import { lockOrganiser, type OrganiserRef } from "./organiser-ref";
import type { OrganiserRole } from "./roles";

/**
 * Gives an active organiser another instance role (instance ADMIN only), or none (null: their
 * campaign roles alone remain, ADR 0054). Takes effect on their next request: the role is read
 * with the session every time. The last active admin cannot be demoted.
 */
export async function changeOrganiserRole(actor: Actor, ref: OrganiserRef, role: OrganiserRole | null): Promise<{ changed: boolean }> {
  authoriseInstance(actor, "ADMIN");
  return db().$transaction(async (tx) => {
    const user = await lockOrganiser(tx, ref);
    if (user.disabledAt) throw new ValidationError({ role: ["organiserRemoved"] });
    if (user.role === role) return { changed: false };
    if (user.role === "ADMIN") await assertAnotherAdminRemains(tx, user.id, "role");
    await tx.user.update({ where: { id: user.id }, data: { role }, select: { id: true } });
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "organiser.role_change",
      target: { type: "user", id: user.id },
      details: { email: user.email, from: user.role, to: role },
    });
    return { changed: true };
  });
}
