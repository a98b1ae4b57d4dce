-- AlterTable
ALTER TABLE "TallyMinute" ADD COLUMN     "coarseAdded" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "coarseRemoved" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CoarseCountryTally" (
    "campaignId" UUID NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "published" INTEGER NOT NULL,
    "releaseAt" TIMESTAMPTZ(3),

    CONSTRAINT "CoarseCountryTally_pkey" PRIMARY KEY ("campaignId","country")
);

-- Backfill (docs/decisions/0032-…): every sensitive country of every campaign gets its published
-- figure, its true count rounded down to a multiple of k = greatest(3, mapThreshold). Counts
-- published until now were exact, so rounding them at once reveals nothing; from here on the
-- aggregator changes them only in coarse, randomly timed steps.
INSERT INTO "CoarseCountryTally" ("campaignId", "country", "published")
SELECT c."id", s."country", (coalesce(t."count", 0) / greatest(3, c."mapThreshold")) * greatest(3, c."mapThreshold")
FROM "Campaign" c
CROSS JOIN LATERAL (SELECT DISTINCT unnest(c."sensitiveCountries")) AS s("country")
LEFT JOIN "CountryTally" t ON t."campaignId" = c."id" AND t."country" = s."country";

-- The published total drops by what the rounding held back, and the history says so at this
-- minute (as a coarse removal), so the history still ends at the total.
WITH held AS (
  SELECT p."campaignId", sum(coalesce(t."count", 0) - p."published")::int AS "held"
  FROM "CoarseCountryTally" p
  LEFT JOIN "CountryTally" t ON t."campaignId" = p."campaignId" AND t."country" = p."country"
  GROUP BY 1
), states AS (
  UPDATE "TallyState" s SET "total" = s."total" - h."held", "version" = s."version" + 1, "updatedAt" = now()
  FROM held h WHERE h."campaignId" = s."campaignId" AND h."held" > 0
  RETURNING s."campaignId", h."held"
)
INSERT INTO "TallyMinute" AS m ("campaignId", "minute", "coarseRemoved")
SELECT "campaignId", date_trunc('minute', now(), 'UTC'), "held" FROM states
ON CONFLICT ("campaignId", "minute") DO UPDATE SET "coarseRemoved" = m."coarseRemoved" + excluded."coarseRemoved";
