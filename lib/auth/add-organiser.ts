import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { auditActorOf, authorise, type Actor } from "./actor";
import { normaliseOrganiserEmail } from "./organiser-email";
import type { OrganiserRole } from "./roles";

/**
 * Lists an address as an organiser with a role (ADMIN only). A removed organiser is listed again
 * with the new role. Sends nothing: the new organiser signs in at /admin/sign-in when told to.
 */
export async function addOrganiser(actor: Actor, input: { email: string; role: OrganiserRole }): Promise<{ id: string; restored: boolean }> {
  authorise(actor, "ADMIN");
  const email = normaliseOrganiserEmail(input.email);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (existing && !existing.disabledAt) throw new ValidationError({ email: ["alreadyOrganiser"] });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: input.role, disabledAt: null }, select: { id: true } })
      : await tx.user.create({ data: { email, role: input.role }, select: { id: true } });
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "organiser.add",
      target: { type: "user", id: user.id },
      details: { email, role: input.role, restored: Boolean(existing) },
    });
    return { id: user.id, restored: Boolean(existing) };
  });
}
