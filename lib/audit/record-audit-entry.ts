import "server-only";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditAction } from "./audit-actions";

/** Who acted, as stored: an organiser's id and email at the time, or a label such as "cli". */
export interface AuditActor {
  actorId: string | null;
  actorLabel: string;
}

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  target?: { type: string; id: string };
  /** What changed, for a person reading the log later (e.g. { from: "VIEWER", to: "ADMIN" }). */
  details?: Prisma.InputJsonObject;
  /** The campaign the change was made in; left out for instance-wide changes (ADR 0054). */
  campaignId?: string;
}

/**
 * Appends one entry. Call it with the transaction that makes the change, so the log can never
 * claim a change that was rolled back, nor miss one that was committed. Entries cannot be edited
 * or deleted afterwards: the table's trigger raises (see the organisers migration).
 */
export async function recordAuditEntry(client: Prisma.TransactionClient | Database, entry: AuditEntry): Promise<void> {
  await client.auditLogEntry.create({
    data: {
      actorId: entry.actor.actorId,
      actorLabel: entry.actor.actorLabel,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      details: entry.details ?? {},
      campaignId: entry.campaignId ?? null,
    },
    select: { id: true },
  });
}
