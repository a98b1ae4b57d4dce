import "server-only";
import { authoriseInstance, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditAction } from "./audit-actions";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: AuditAction;
  /** An actor label: an organiser's address, "cli" or "system". */
  actor?: string;
  /** A campaign's id, or null for the whole site's entries (people, sign-ins: no campaign); undefined: all. */
  campaignId?: string | null;
  /** Keyset cursors: entries older than `before`, or newer than `after` (ids grow with time). */
  before?: bigint;
  after?: bigint;
  pageSize?: number;
}

/**
 * One page of the audit log, newest first (ADMIN only). Keyset pagination on the id, so a page
 * does not shift while new entries arrive, and deep pages cost what the first one does.
 */
export async function listAuditEntries(actor: Actor, filter: AuditFilter = {}) {
  authoriseInstance(actor, "ADMIN");
  const size = filter.pageSize ?? AUDIT_PAGE_SIZE;
  const where: Prisma.AuditLogEntryWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorLabel: filter.actor } : {}),
    ...(filter.campaignId !== undefined ? { campaignId: filter.campaignId } : {}),
  };
  const forward = filter.after !== undefined && filter.before === undefined;
  const rows = await db().auditLogEntry.findMany({
    where: { ...where, ...(forward ? { id: { gt: filter.after } } : filter.before !== undefined ? { id: { lt: filter.before } } : {}) },
    // Going to newer entries reads upwards from the cursor, then shows them newest first.
    orderBy: { id: forward ? "asc" : "desc" },
    take: size,
  });
  const entries = forward ? rows.reverse() : rows;
  const newest = entries[0]?.id;
  const oldest = entries.at(-1)?.id;
  const [hasNewer, hasOlder] = await Promise.all([
    newest === undefined ? false : exists({ ...where, id: { gt: newest } }),
    oldest === undefined ? false : exists({ ...where, id: { lt: oldest } }),
  ]);
  return { entries, hasNewer, hasOlder };
}

async function exists(where: Prisma.AuditLogEntryWhereInput): Promise<boolean> {
  return (await db().auditLogEntry.findFirst({ where, select: { id: true } })) !== null;
}

export type AuditLogPage = Awaited<ReturnType<typeof listAuditEntries>>;
