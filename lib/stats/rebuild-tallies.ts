import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publishedCountriesSql } from "./coarse/published-countries";
import { notifyTallies } from "./notify-tallies";
import { TALLY_LOCK_KEY } from "./tally-lock";
import type { TallySnapshot } from "./tally-notification";

/**
 * Recomputes the tallies of one campaign (or of every campaign) from the "Pledge" table and
 * empties their event queue, atomically. For repairs: after a bug, a restore, a manual edit.
 *
 * Current numbers (country, city, total) are exact: they depend only on today's pledges. The
 * per-minute history is rebuilt as well as the rows allow: `added` at the confirmedAt of every
 * pledge that is or was confirmed (withdrawal keeps confirmedAt), `removed` at the withdrawal or
 * invalidation of those no longer confirmed. It equals the incremental history except where the
 * rows have forgotten: deleted pledges, and an invalidation that was undone (the queue saw a
 * removal and a second addition). The version grows, so every client refreshes.
 *
 * Sensitive countries' published figures (CoarseCountryTally) and their releases in the history
 * are kept as they are: they are what was published, and recounting must not publish a true
 * count at once (the next ticks release it by the usual rule, decisions/0032-…). Anything else
 * the rebuilt history and the published total disagree by is written at this minute.
 */
export async function rebuildTallies(campaignId?: string): Promise<TallySnapshot[]> {
  const scope = campaignId ? Prisma.sql`= ${campaignId}::uuid` : Prisma.sql`IS NOT NULL`;
  return db().$transaction(
    async (tx) => {
      // Waits for a running tick to finish, then keeps ticks out until we commit.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TALLY_LOCK_KEY}::bigint)`;
      // Holds new events back (their transactions wait at the trigger's INSERT) and waits for
      // uncommitted ones: every event is then either in what we delete and recount, or both its
      // pledge change and its event come after us. Confirmations pause for the rebuild's duration.
      await tx.$executeRaw`LOCK TABLE "TallyEvent" IN EXCLUSIVE MODE`;
      await tx.$executeRaw`DELETE FROM "TallyEvent" WHERE "campaignId" ${scope}`;
      await tx.$executeRaw`DELETE FROM "CountryTally" WHERE "campaignId" ${scope}`;
      await tx.$executeRaw`DELETE FROM "CityTally" WHERE "campaignId" ${scope}`;
      await tx.$executeRaw`UPDATE "TallyMinute" SET "added" = 0, "removed" = 0 WHERE "campaignId" ${scope}`;
      await tx.$executeRaw`
        INSERT INTO "CountryTally" ("campaignId", "country", "count")
        SELECT "campaignId", "country", count(*) FROM "Pledge"
        WHERE "status" = 'CONFIRMED' AND "campaignId" ${scope} GROUP BY 1, 2`;
      await tx.$executeRaw`
        INSERT INTO "CityTally" ("campaignId", "country", "cityKey", "name", "latitude", "longitude", "count")
        SELECT "campaignId", "country", "cityKey",
               (array_agg("cityName" ORDER BY "confirmedAt" DESC NULLS LAST, "id"))[1],
               (array_agg("cityLatitude" ORDER BY "confirmedAt" DESC NULLS LAST, "id"))[1],
               (array_agg("cityLongitude" ORDER BY "confirmedAt" DESC NULLS LAST, "id"))[1],
               count(*)
        FROM (SELECT *, tally_city_key("cityGeonameId", "country", "cityName", "cityLatitude", "cityLongitude") AS "cityKey"
              FROM "Pledge" WHERE "status" = 'CONFIRMED' AND "campaignId" ${scope}) AS p
        WHERE "cityKey" IS NOT NULL GROUP BY 1, 2, 3`;
      // The same instants the trigger records (see the tallies migration), minute by minute, for
      // the countries off the sensitive list (theirs is in the coarse columns, kept above).
      await tx.$executeRaw`
        INSERT INTO "TallyMinute" ("campaignId", "minute", "added", "removed")
        SELECT "campaignId", "minute", sum("added"), sum("removed") FROM (
          SELECT "campaignId", "country", date_trunc('minute', coalesce("confirmedAt", "createdAt"), 'UTC') AS "minute", 1 AS "added", 0 AS "removed"
          FROM "Pledge" WHERE ("confirmedAt" IS NOT NULL OR "status" = 'CONFIRMED') AND "campaignId" ${scope}
          UNION ALL
          SELECT "campaignId", "country", date_trunc('minute', coalesce(least("withdrawnAt", "invalidatedAt"), "updatedAt"), 'UTC'), 0, 1
          FROM "Pledge" WHERE "confirmedAt" IS NOT NULL AND "status" <> 'CONFIRMED' AND "campaignId" ${scope}
        ) AS changes
        WHERE NOT ("country" = ANY((SELECT "sensitiveCountries" FROM "Campaign" c WHERE c."id" = changes."campaignId")::varchar[]))
        GROUP BY 1, 2
        ON CONFLICT ("campaignId", "minute") DO UPDATE SET "added" = excluded."added", "removed" = excluded."removed"`;
      await tx.$executeRaw`
        DELETE FROM "TallyMinute" WHERE "campaignId" ${scope} AND "added" = 0 AND "removed" = 0 AND "coarseAdded" = 0 AND "coarseRemoved" = 0`;
      const states = await tx.$queryRaw<{ campaignId: string; version: bigint; total: number }[]>`
        INSERT INTO "TallyState" AS t ("campaignId", "version", "total", "updatedAt")
        SELECT c."id", 1, coalesce((SELECT sum(p."count") FROM ${publishedCountriesSql(scope)} p WHERE p."campaignId" = c."id"), 0), now()
        FROM "Campaign" c WHERE c."id" ${scope}
        ON CONFLICT ("campaignId") DO UPDATE
          SET "version" = t."version" + 1, "total" = excluded."total", "updatedAt" = excluded."updatedAt"
        RETURNING t."campaignId", t."version", t."total"`;
      await tx.$executeRaw`
        INSERT INTO "TallyMinute" AS m ("campaignId", "minute", "coarseAdded", "coarseRemoved")
        SELECT "campaignId", date_trunc('minute', now(), 'UTC'), greatest("gap", 0), greatest(-"gap", 0) FROM (
          SELECT s."campaignId", s."total" - coalesce((SELECT sum("added" + "coarseAdded" - "removed" - "coarseRemoved") FROM "TallyMinute" m WHERE m."campaignId" = s."campaignId"), 0)::int AS "gap"
          FROM "TallyState" s WHERE s."campaignId" ${scope}) AS g
        WHERE "gap" <> 0
        ON CONFLICT ("campaignId", "minute") DO UPDATE
          SET "coarseAdded" = m."coarseAdded" + excluded."coarseAdded", "coarseRemoved" = m."coarseRemoved" + excluded."coarseRemoved"`;
      return notifyTallies(tx, states.map((state) => ({ ...state, version: Number(state.version) })));
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}
