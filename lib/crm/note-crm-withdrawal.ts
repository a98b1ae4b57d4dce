import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { decryptPersonal, encryptPersonal } from "@/lib/privacy/personal-data";

export const CRM_UNSUBSCRIBE_MAX_ATTEMPTS = 25;

/**
 * Called by a withdrawal, in its transaction, before the pledge's personal data is erased.
 * Locks the pledge's CrmPush row first, so a push in flight finishes before this reads it.
 * - Not pushed (queued, failed, skipped): it never will be.
 * - Pushed: the organiser must remove the CRM's copy (the admin page lists it), and an
 *   unsubscribe goes to the CRM through the same helper. The address it needs is kept,
 *   re-encrypted under its own field, only until that request has been answered.
 */
export async function noteCrmWithdrawal(tx: Prisma.TransactionClient, pledgeId: string, now: Date): Promise<void> {
  const [push] = await tx.$queryRaw<{ state: string; withdrawnAt: Date | null }[]>`
    SELECT "state"::text AS "state", "withdrawnAt" FROM "CrmPush" WHERE "pledgeId" = ${pledgeId}::uuid FOR UPDATE`;
  // A second withdrawal racing the first finds it noted (and the address already erased).
  if (!push || push.withdrawnAt) return;
  if (push.state !== "PUSHED") {
    await tx.crmPush.update({ where: { pledgeId }, data: { state: "SKIPPED", lastError: "withdrawn" }, select: { pledgeId: true } });
    return;
  }
  const pledge = await tx.pledge.findUnique({ where: { id: pledgeId }, select: { emailEncrypted: true } });
  const email = pledge?.emailEncrypted ? decryptPersonal(pledge.emailEncrypted, "pledge.email") : null;
  await tx.crmPush.update({
    where: { pledgeId },
    data: { withdrawnAt: now, unsubscribeEmailEncrypted: email ? encryptPersonal(email, "crm.unsubscribe_email") : null },
    select: { pledgeId: true },
  });
  if (email) await enqueueJob(tx, "unsubscribe_supporter_from_crm", { pledgeId }, { maxAttempts: CRM_UNSUBSCRIBE_MAX_ATTEMPTS, jobKey: `crm_unsubscribe:${pledgeId}` });
}

/**
 * The same for pledges we disown or forget without the supporter asking (a fraud invalidation,
 * retention's anonymisation): those already in the CRM and not yet noted, in pledge order, each
 * exactly as a withdrawal. One not pushed yet needs nothing: its job finds it no longer eligible,
 * and an undone invalidation queues it again. Call it before any address is erased.
 */
export async function noteCrmWithdrawals(tx: Prisma.TransactionClient, pledgeIds: readonly string[], now: Date): Promise<void> {
  if (pledgeIds.length === 0) return;
  const pushes = await tx.crmPush.findMany({ where: { pledgeId: { in: [...pledgeIds] }, state: "PUSHED", withdrawnAt: null }, select: { pledgeId: true }, orderBy: { pledgeId: "asc" } });
  for (const { pledgeId } of pushes) await noteCrmWithdrawal(tx, pledgeId, now);
}
