import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";

export const DEMO_ORGANISER_EMAIL = "admin@example.org";

/**
 * The local demo's admin (embedded database and end-to-end tests only; never call it for a real
 * deployment): sign in at /admin/sign-in with admin@example.org and open the link in
 * /dev/mailbox. Idempotent; an existing row, even a removed one, is left alone.
 */
export async function seedDemoOrganiser(): Promise<{ created: boolean }> {
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: DEMO_ORGANISER_EMAIL }, select: { id: true } });
    if (existing) return { created: false };
    const user = await tx.user.create({ data: { email: DEMO_ORGANISER_EMAIL, role: "ADMIN" }, select: { id: true } });
    await recordAuditEntry(tx, {
      actor: { actorId: null, actorLabel: "system" },
      action: "organiser.add",
      target: { type: "user", id: user.id },
      details: { email: DEMO_ORGANISER_EMAIL, role: "ADMIN", reason: "demo seed" },
    });
    return { created: true };
  });
}
