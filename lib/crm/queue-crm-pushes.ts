import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

export const CRM_PUSH_TASK = "push_supporter_to_crm";
export const CRM_PUSH_MAX_ATTEMPTS = 25;

/** One waiting job per pledge: queueing it again replaces the waiting one instead of adding a second. */
export const crmPushJobKey = (pledgeId: string) => `crm_push:${pledgeId}`;

/**
 * Queues a CRM push for each of these pledges that may be pushed: CONFIRMED, consenting to
 * updates, with an address, in a campaign whose CRM is switched on with a key. Call it in the
 * transaction that confirms them (confirmation, clearing a review, undoing an invalidation), so a
 * confirmation and its push commit together or not at all (docs/decisions/0006-…, 0053-…).
 *
 * Idempotent: a pledge already PUSHED, or withdrawn after a push, is never queued again; one
 * QUEUED, FAILED or SKIPPED is (re)queued under the same job key. One statement however many
 * pledges (the backfill passes thousands), and with no CRM switched on it touches no row.
 */
export async function queueCrmPushes(tx: Prisma.TransactionClient, pledgeIds: readonly string[]): Promise<number> {
  if (pledgeIds.length === 0) return 0;
  const rows = await tx.$queryRaw<{ pledgeId: string }[]>`
    WITH eligible AS (
      SELECT p."id", p."campaignId"
      FROM "Pledge" p JOIN "CrmConnection" c ON c."campaignId" = p."campaignId"
      WHERE p."id" = ANY(${[...pledgeIds]}::uuid[]) AND c."enabled" AND c."apiKeyEncrypted" IS NOT NULL
        AND p."status" = 'CONFIRMED' AND p."consentUpdates" AND p."emailEncrypted" IS NOT NULL
    ), queued AS (
      INSERT INTO "CrmPush" ("pledgeId", "campaignId", "state", "queuedAt")
      SELECT "id", "campaignId", 'QUEUED', now() FROM eligible
      ON CONFLICT ("pledgeId") DO UPDATE SET "state" = 'QUEUED', "queuedAt" = now(), "lastError" = NULL
        WHERE "CrmPush"."state" <> 'PUSHED' AND "CrmPush"."withdrawnAt" IS NULL
      RETURNING "pledgeId"
    )
    SELECT "pledgeId"::text AS "pledgeId",
      graphile_worker.add_job(${CRM_PUSH_TASK}::text, json_build_object('pledgeId', "pledgeId"),
        max_attempts => ${CRM_PUSH_MAX_ATTEMPTS}::int, job_key => 'crm_push:' || "pledgeId"::text)::text AS "job"
    FROM queued`;
  return rows.length;
}
