import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
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
      await tx.$executeRaw`DELETE FROM "TallyMinute" WHERE "campaignId" ${scope}`;
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
      // The same instants the trigger records (see the tallies migration), minute by minute.
      await tx.$executeRaw`
        INSERT INTO "TallyMinute" ("campaignId", "minute", "added", "removed")
        SELECT "campaignId", "minute", sum("added"), sum("removed") FROM (
          SELECT "campaignId", date_trunc('minute', coalesce("confirmedAt", "createdAt"), 'UTC') AS "minute", 1 AS "added", 0 AS "removed"
          FROM "Pledge" WHERE ("confirmedAt" IS NOT NULL OR "status" = 'CONFIRMED') AND "campaignId" ${scope}
          UNION ALL
          SELECT "campaignId", date_trunc('minute', coalesce(least("withdrawnAt", "invalidatedAt"), "updatedAt"), 'UTC'), 0, 1
          FROM "Pledge" WHERE "confirmedAt" IS NOT NULL AND "status" <> 'CONFIRMED' AND "campaignId" ${scope}
        ) AS changes GROUP BY 1, 2`;
      const states = await tx.$queryRaw<{ campaignId: string; version: bigint; total: number }[]>`
        INSERT INTO "TallyState" AS t ("campaignId", "version", "total", "updatedAt")
        SELECT c."id", 1, coalesce((SELECT sum("count") FROM "CountryTally" WHERE "campaignId" = c."id"), 0), now()
        FROM "Campaign" c WHERE c."id" ${scope}
        ON CONFLICT ("campaignId") DO UPDATE
          SET "version" = t."version" + 1, "total" = excluded."total", "updatedAt" = excluded."updatedAt"
        RETURNING t."campaignId", t."version", t."total"`;
      return notifyTallies(tx, states.map((state) => ({ ...state, version: Number(state.version) })));
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}
