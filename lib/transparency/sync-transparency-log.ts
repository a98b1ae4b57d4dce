import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { appendLeaves, type LeafToAppend } from "./append-leaves";
import { issueCheckpoint } from "./issue-checkpoint";
import { queuedPledges } from "./queued-pledges";
import { retireUncountedLeaves } from "./retire-uncounted-leaves";
import { secureShuffle } from "./secure-shuffle";
import { sensitiveBatches } from "./sensitive-batches";

/** Pledge leaves appended per campaign per tick at most (a backlog is worked off in steps). */
export const LOG_BATCH_SIZE = 50_000;

/**
 * The aggregator's step for the transparency log (docs/decisions/0046-…), in its transaction and
 * under its lock, after the tallies and coarse releases of the same tick: leaves of pledges that
 * stopped counting are marked for tombstones; exact countries get their new leaves and tombstones
 * at once; sensitive countries only in the batch that follows a change of their published figure;
 * and a checkpoint is signed once a minute when the tree grew. Frozen campaigns are skipped
 * (docs/decisions/0012-…): the log, like every public number, catches up once unfrozen.
 * Nothing here runs on the confirmation path: confirming stays one conditional UPDATE.
 */
export async function syncTransparencyLog(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  await retireUncountedLeaves(tx);
  const campaigns = await campaignsWithWork(tx);
  for (const campaign of campaigns) {
    const leaves: LeafToAppend[] = [
      ...(await exactChanges(tx, campaign.id, campaign.sensitive)),
      ...(await sensitiveBatches(tx, campaign.id, campaign.sensitive)),
    ];
    await appendLeaves(tx, campaign.id, secureShuffle(leaves));
    await issueCheckpoint(tx, campaign, now);
  }
}

async function exactChanges(tx: Prisma.TransactionClient, campaignId: string, sensitive: string[]): Promise<LeafToAppend[]> {
  const retiring = await tx.$queryRaw<{ index: number; country: string }[]>`
    SELECT "index", "country" FROM "TransparencyLeaf"
    WHERE "campaignId" = ${campaignId}::uuid AND "retiring" AND NOT ("country" = ANY(${sensitive}::text[]))`;
  // A country taken off the sensitive list is exact again: a later return to the list must
  // start a fresh batch from whatever its published figure then is.
  await tx.$executeRaw`
    UPDATE "TransparencyCount" SET "reconciledTo" = NULL
    WHERE "campaignId" = ${campaignId}::uuid AND "reconciledTo" IS NOT NULL AND NOT ("country" = ANY(${sensitive}::text[]))`;
  return [
    ...retiring.map(({ index, country }): LeafToAppend => ({ kind: "tombstone", country, retires: index })),
    ...(await queuedPledges(tx, campaignId, { sensitive, inside: false }, LOG_BATCH_SIZE)),
  ];
}

/**
 * Unfrozen campaigns the log has work for, in one statement of index lookups: an idle tick (the
 * usual case, every second on every campaign) costs this and nothing more. Sensitive countries'
 * queued pledges do not count as work: they wait for their release.
 */
async function campaignsWithWork(tx: Prisma.TransactionClient) {
  return tx.$queryRaw<{ id: string; slug: string; sensitive: string[] }[]>`
    SELECT c."id", c."slug", c."sensitiveCountries" AS "sensitive" FROM "Campaign" c
    WHERE NOT c."countsFrozen" AND (
      EXISTS (SELECT 1 FROM "Pledge" p WHERE p."campaignId" = c."id" AND p."status" = 'CONFIRMED' AND p."logLeafIndex" IS NULL
                AND NOT (p."country" = ANY(c."sensitiveCountries")))
      OR EXISTS (SELECT 1 FROM "TransparencyLeaf" l WHERE l."campaignId" = c."id" AND l."retiring" AND NOT (l."country" = ANY(c."sensitiveCountries")))
      OR EXISTS (SELECT 1 FROM "CoarseCountryTally" f
                 LEFT JOIN "TransparencyCount" t ON t."campaignId" = f."campaignId" AND t."country" = f."country"
                 WHERE f."campaignId" = c."id" AND f."country" = ANY(c."sensitiveCountries") AND f."published" IS DISTINCT FROM t."reconciledTo")
      OR EXISTS (SELECT 1 FROM "TransparencyCount" t WHERE t."campaignId" = c."id" AND t."reconciledTo" IS NOT NULL
                 AND NOT (t."country" = ANY(c."sensitiveCountries")))
      -- The newest checkpoint does not cover the tree (or there is none yet).
      OR NOT EXISTS (SELECT 1 FROM "TransparencyCheckpoint" k WHERE k."campaignId" = c."id"
                     AND k."treeSize" = (SELECT coalesce(max(l."index") + 1, 0) FROM "TransparencyLeaf" l WHERE l."campaignId" = c."id"))
    )`;
}
