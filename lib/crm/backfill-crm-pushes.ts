import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { CrmNotReadyError } from "./crm-not-ready-error";
import { queueCrmPushes } from "./queue-crm-pushes";

const BATCH_SIZE = 1000;

/**
 * "Push all consenting supporters not yet pushed" (ADMIN only): queues every confirmed,
 * consenting supporter of the campaign whose push is not done — never pushed, failed, skipped
 * while the CRM was off, or still waiting (its job is moved to now). Idempotent: PUSHED rows are
 * never queued again and each pledge has one job key, so pressing it twice queues nothing twice.
 * Runs in batches by pledge id, one short transaction each; the audit entry has the total.
 */
export async function backfillCrmPushes(actor: Actor, campaignId: string): Promise<{ queued: number }> {
  authorise(actor, "ADMIN", campaignId);
  const connection = await db().crmConnection.findUnique({ where: { campaignId }, select: { enabled: true, apiKeyEncrypted: true } });
  if (!connection?.enabled || !connection.apiKeyEncrypted) throw new CrmNotReadyError("the CRM is not switched on with a key");
  let queued = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db().$queryRaw<{ id: string }[]>`
      SELECT p."id"::text AS "id" FROM "Pledge" p
      WHERE p."campaignId" = ${campaignId}::uuid AND p."status" = 'CONFIRMED' AND p."consentUpdates" AND p."emailEncrypted" IS NOT NULL
        AND p."id" > ${after}::uuid
        AND NOT EXISTS (SELECT 1 FROM "CrmPush" c WHERE c."pledgeId" = p."id" AND (c."state" = 'PUSHED' OR c."withdrawnAt" IS NOT NULL))
      ORDER BY p."id" LIMIT ${BATCH_SIZE}`;
    if (batch.length === 0) break;
    queued += await db().$transaction((tx) => queueCrmPushes(tx, batch.map((row) => row.id)), { timeout: 60_000 });
    after = batch.at(-1)!.id;
    if (batch.length < BATCH_SIZE) break;
  }
  await recordAuditEntry(db(), { actor: auditActorOf(actor), action: "crm.backfill", target: { type: "campaign", id: campaignId }, details: { queued } });
  return { queued };
}
