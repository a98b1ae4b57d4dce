import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * The per-country figures the public may see, as a SQL subquery with the columns
 * ("campaignId", "country", "count", "coarse"), for the campaigns `campaignScope` selects (e.g.
 * Prisma.sql`= ${id}::uuid`). Countries outside the sensitive list: their exact tally (> 0).
 * Sensitive countries (those with a CoarseCountryTally row, which the aggregator keeps in step
 * with the campaign's list): their published figure, a multiple of k, listed even when 0 ("fewer
 * than k"). Every public reader goes through this one definition, so none can leak a true count.
 */
export function publishedCountriesSql(campaignScope: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT t."campaignId", t."country", t."count", false AS "coarse" FROM "CountryTally" t
    WHERE t."campaignId" ${campaignScope} AND t."count" > 0
      AND NOT EXISTS (SELECT 1 FROM "CoarseCountryTally" p WHERE p."campaignId" = t."campaignId" AND p."country" = t."country")
    UNION ALL
    SELECT p."campaignId", p."country", p."published", true FROM "CoarseCountryTally" p WHERE p."campaignId" ${campaignScope}
  )`;
}
