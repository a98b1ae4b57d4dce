import "server-only";
import { db } from "@/lib/db/client";

/** How long the CRM push log is kept (docs/CRM.md, docs/PRIVACY.md). */
export const CRM_ATTEMPT_DAYS = 90;

/**
 * Part of the hourly clean-up: CRM push and unsubscribe attempts older than 90 days. The push
 * record itself (CrmPush) stays: it is what says a supporter is in the CRM and must be removed
 * from it if they withdraw.
 */
export async function purgeCrmAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - CRM_ATTEMPT_DAYS * 24 * 3600 * 1000);
  const { count } = await db().crmPushAttempt.deleteMany({ where: { at: { lt: cutoff } } });
  return count;
}
