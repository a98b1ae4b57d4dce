import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";

// Auth.js events, written to the audit log. The label is read from the row because Auth.js hands
// over only part of the user on sign-out.

export async function recordSignIn(userId: string | undefined): Promise<void> {
  await record("auth.sign_in", userId);
}

export async function recordSignOut(userId: string | undefined): Promise<void> {
  await record("auth.sign_out", userId);
}

async function record(action: "auth.sign_in" | "auth.sign_out", userId: string | undefined): Promise<void> {
  if (!userId) return;
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return;
  await recordAuditEntry(db(), {
    actor: { actorId: user.id, actorLabel: user.email },
    action,
    target: { type: "user", id: user.id },
  });
}
