import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** What a campaign's folded events change in public: only events of countries off its sensitive list. */
export interface PublicChange {
  campaignId: string;
  /** Events of exact (not sensitive) countries in the batch: the published numbers moved. */
  events: number;
  /** Their net change as written to the per-minute history (moves between places excluded). */
  historyDelta: number;
}

export interface FoldResult {
  events: number;
  changes: PublicChange[];
}

interface FoldRow {
  events: number;
  changes: PublicChange[];
  emptyCountries: { campaignId: string; country: string }[];
  emptyCities: { campaignId: string; country: string; cityKey: string }[];
}

/**
 * Takes up to `limit` events off the queue and adds them to the tallies (skipping campaigns whose
 * public counts are frozen: docs/decisions/0012-…): one statement that
 * deletes the batch and upserts each table once (rows grouped first, so one row per key, however
 * many events). Deleting and adding in the same transaction is what makes folding exactly-once.
 * CountryTally and CityTally hold true counts; the history and the published total and version
 * (publish-tally-states.ts) take only countries off the sensitive list: a sensitive country's
 * confirmation must not move any public figure at its moment (docs/decisions/0032-…).
 * Must run under the tally lock (run-aggregator-tick.ts), inside the caller's transaction.
 */
export async function foldTallyEvents(tx: Prisma.TransactionClient, limit: number): Promise<FoldResult> {
  const [row] = await tx.$queryRaw<FoldRow[]>`
    WITH batch AS (
      -- A campaign whose counts are frozen keeps its events queued, untouched: every public number
      -- (tallies, map, live stream) stays put and catches up exactly, in order, once unfrozen.
      DELETE FROM "TallyEvent" WHERE "id" IN (
        SELECT "id" FROM "TallyEvent"
        WHERE "campaignId" NOT IN (SELECT "id" FROM "Campaign" WHERE "countsFrozen")
        ORDER BY "id" LIMIT ${limit}
      )
      RETURNING *
    ), countries AS (
      INSERT INTO "CountryTally" AS t ("campaignId", "country", "count")
      SELECT "campaignId", "country", sum("delta") FROM batch GROUP BY 1, 2
      ON CONFLICT ("campaignId", "country") DO UPDATE SET "count" = t."count" + excluded."count"
      RETURNING t."campaignId", t."country", t."count"
    ), cities AS (
      -- Name and coordinates from the newest event: a renamed gazetteer place takes its new name.
      INSERT INTO "CityTally" AS t ("campaignId", "country", "cityKey", "name", "latitude", "longitude", "count")
      SELECT "campaignId", "country", "cityKey",
             (array_agg("cityName" ORDER BY "id" DESC))[1],
             (array_agg("cityLatitude" ORDER BY "id" DESC))[1],
             (array_agg("cityLongitude" ORDER BY "id" DESC))[1],
             sum("delta")
      FROM batch WHERE "cityKey" IS NOT NULL GROUP BY 1, 2, 3
      ON CONFLICT ("campaignId", "country", "cityKey") DO UPDATE
        SET "count" = t."count" + excluded."count", "name" = excluded."name",
            "latitude" = excluded."latitude", "longitude" = excluded."longitude"
      RETURNING t."campaignId", t."country", t."cityKey", t."count"
    ), exact AS (
      SELECT b.* FROM batch b JOIN "Campaign" c ON c."id" = b."campaignId"
      WHERE NOT (b."country" = ANY(c."sensitiveCountries"))
    ), minutes AS (
      INSERT INTO "TallyMinute" AS t ("campaignId", "minute", "added", "removed")
      SELECT "campaignId", date_trunc('minute', "occurredAt", 'UTC'),
             count(*) FILTER (WHERE "delta" > 0), count(*) FILTER (WHERE "delta" < 0)
      FROM exact WHERE "inHistory" GROUP BY 1, 2
      ON CONFLICT ("campaignId", "minute") DO UPDATE
        SET "added" = t."added" + excluded."added", "removed" = t."removed" + excluded."removed"
      -- (PostgreSQL runs every data-modifying CTE, referenced or not.)
    )
    SELECT
      (SELECT count(*)::int FROM batch) AS "events",
      (SELECT coalesce(json_agg(json_build_object('campaignId', "campaignId", 'events', "events", 'historyDelta', "historyDelta")), '[]') FROM (
         SELECT "campaignId", count(*) AS "events", coalesce(sum("delta") FILTER (WHERE "inHistory"), 0) AS "historyDelta" FROM exact GROUP BY 1) e) AS "changes",
      (SELECT coalesce(json_agg(json_build_object('campaignId', "campaignId", 'country', "country")), '[]') FROM countries WHERE "count" <= 0) AS "emptyCountries",
      (SELECT coalesce(json_agg(json_build_object('campaignId', "campaignId", 'country', "country", 'cityKey', "cityKey")), '[]') FROM cities WHERE "count" <= 0) AS "emptyCities"`;
  if (!row || row.events === 0) return { events: 0, changes: [] };
  await dropEmptyTallies(tx, row);
  return { events: row.events, changes: row.changes };
}

// A city whose last supporter withdrew must leave no trace that anyone there ever signed: the
// withdrawal erased the city from the pledge, so the tally row goes too. (Rare: only after -1s.)
async function dropEmptyTallies(tx: Prisma.TransactionClient, row: FoldRow): Promise<void> {
  if (row.emptyCities.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "CityTally" t USING json_to_recordset(${JSON.stringify(row.emptyCities)}::json) AS e("campaignId" uuid, "country" text, "cityKey" text)
      WHERE t."campaignId" = e."campaignId" AND t."country" = e."country" AND t."cityKey" = e."cityKey" AND t."count" <= 0`;
  }
  if (row.emptyCountries.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "CountryTally" t USING json_to_recordset(${JSON.stringify(row.emptyCountries)}::json) AS e("campaignId" uuid, "country" text)
      WHERE t."campaignId" = e."campaignId" AND t."country" = e."country" AND t."count" <= 0`;
  }
}
