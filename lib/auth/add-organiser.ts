import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { auditActorOf, authoriseInstance, type Actor } from "./actor";
import { normaliseOrganiserEmail } from "./organiser-email";
import type { OrganiserRole } from "./roles";

/**
 * Lists an address as an organiser with a role (instance ADMIN only): in every campaign, or with
 * `campaignId` in that campaign only (ADR 0054). A removed organiser is listed again with the new
 * role. Sends nothing: the new organiser signs in at /admin/sign-in when told to.
 */
export async function addOrganiser(actor: Actor, input: { email: string; role: OrganiserRole; campaignId?: string }): Promise<{ id: string; restored: boolean }> {
  authoriseInstance(actor, "ADMIN");
  const email = normaliseOrganiserEmail(input.email);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (existing && !existing.disabledAt) throw new ValidationError({ email: ["alreadyOrganiser"] });
    const instanceRole = input.campaignId ? null : input.role;
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: instanceRole, disabledAt: null }, select: { id: true } })
      : await tx.user.create({ data: { email, role: instanceRole }, select: { id: true } });
    if (input.campaignId) {
      await tx.campaignRole.upsert({
        where: { userId_campaignId: { userId: user.id, campaignId: input.campaignId } },
        create: { userId: user.id, campaignId: input.campaignId, role: input.role },
        update: { role: input.role },
        select: { userId: true },
      });
    }
    await recordAuditEntry(tx, {
      actor: auditActorOf(actor),
      action: "organiser.add",
      target: { type: "user", id: user.id },
      details: { email, role: input.role, restored: Boolean(existing), ...(input.campaignId ? { campaignOnly: true } : {}) },
      ...(input.campaignId ? { campaignId: input.campaignId } : {}),
    });
    return { id: user.id, restored: Boolean(existing) };
  });
}
