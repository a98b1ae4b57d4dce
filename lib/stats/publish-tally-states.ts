import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { publishedCountriesSql } from "./coarse/published-countries";
import type { PublicChange } from "./fold-tally-events";

export interface FoldedState {
  campaignId: string;
  version: number;
  total: number;
}

export interface PublishedState extends FoldedState {
  /** The published total before this tick (webhook milestones: lib/webhooks/record-milestones.ts). */
  previousTotal: number;
}

/**
 * Gives every campaign whose public figures changed in this tick (exact countries' events, or a
 * sensitive country's release) its new published total, the sum of the published country figures,
 * and one new version. A campaign where only a sensitive country's true count moved gets neither:
 * no version, no NOTIFY, no "as of" change (docs/decisions/0032-…). The history is kept ending at
 * the total: what moved the total besides the exact events already in TallyMinute (a release, a
 * country put on or taken off the list, a pledge moved across it) is written at this minute (the
 * database's clock) as a coarse change. Runs under the tally lock, inside the tick's transaction.
 */
export async function publishTallyStates(tx: Prisma.TransactionClient, changes: PublicChange[], released: Set<string>): Promise<PublishedState[]> {
  const historyDelta = new Map(changes.map((change) => [change.campaignId, change.historyDelta]));
  const campaignIds = [...new Set([...changes.map((change) => change.campaignId), ...released])];
  if (campaignIds.length === 0) return [];
  const scope = Prisma.sql`= ANY(${campaignIds}::uuid[])`;
  const rows = await tx.$queryRaw<{ campaignId: string; before: number; total: number }[]>`
    SELECT c."id" AS "campaignId", coalesce(s."total", 0) AS "before",
           coalesce((SELECT sum(p."count")::int FROM ${publishedCountriesSql(scope)} p WHERE p."campaignId" = c."id"), 0) AS "total"
    FROM "Campaign" c LEFT JOIN "TallyState" s ON s."campaignId" = c."id"
    WHERE c."id" ${scope}`;
  const corrections = rows
    .map((row) => ({ campaignId: row.campaignId, delta: row.total - row.before - (historyDelta.get(row.campaignId) ?? 0) }))
    .filter((correction) => correction.delta !== 0);
  if (corrections.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "TallyMinute" AS m ("campaignId", "minute", "coarseAdded", "coarseRemoved")
      SELECT "campaignId", date_trunc('minute', now(), 'UTC'), greatest("delta", 0), greatest(-"delta", 0)
      FROM json_to_recordset(${JSON.stringify(corrections)}::json) AS c("campaignId" uuid, "delta" int)
      ON CONFLICT ("campaignId", "minute") DO UPDATE
        SET "coarseAdded" = m."coarseAdded" + excluded."coarseAdded", "coarseRemoved" = m."coarseRemoved" + excluded."coarseRemoved"`;
  }
  const totals = rows.map((row) => ({ campaignId: row.campaignId, total: row.total }));
  const states = await tx.$queryRaw<{ campaignId: string; version: bigint; total: number }[]>`
    INSERT INTO "TallyState" AS t ("campaignId", "version", "total", "updatedAt")
    SELECT "campaignId", 1, "total", now() FROM json_to_recordset(${JSON.stringify(totals)}::json) AS s("campaignId" uuid, "total" int)
    ON CONFLICT ("campaignId") DO UPDATE
      SET "version" = t."version" + 1, "total" = excluded."total", "updatedAt" = excluded."updatedAt"
    RETURNING t."campaignId", t."version", t."total"`;
  const before = new Map(rows.map((row) => [row.campaignId, row.before]));
  return states.map((state) => ({ campaignId: state.campaignId, version: Number(state.version), total: state.total, previousTotal: before.get(state.campaignId) ?? 0 }));
}
