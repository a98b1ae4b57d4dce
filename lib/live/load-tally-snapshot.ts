import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publishedCountriesSql } from "@/lib/stats/coarse/published-countries";
import type { TallySnapshot } from "@/lib/stats/tally-notification";

/**
 * A campaign's current published tallies read from the database (when a notification cannot carry them, or
 * nobody was listening). One statement, so the version, the total and the countries all come from
 * the same snapshot: a version paired with older countries would hide the change it stands for.
 */
export async function loadTallySnapshot(campaignId: string): Promise<TallySnapshot> {
  const [row] = await db().$queryRaw<{ version: bigint | null; total: number | null; countries: Record<string, number> | null }[]>`
    SELECT s."version", s."total",
           (SELECT json_object_agg("country", "count" ORDER BY "country") FROM ${publishedCountriesSql(Prisma.sql`= ${campaignId}::uuid`)} AS p
             WHERE "count" > 0) AS "countries"
    FROM (SELECT 1) AS one LEFT JOIN "TallyState" s ON s."campaignId" = ${campaignId}::uuid`;
  return { campaignId, version: Number(row?.version ?? 0), total: row?.total ?? 0, countries: row?.countries ?? {} };
}
