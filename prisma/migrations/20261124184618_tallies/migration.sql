-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "cityGeonameId" INTEGER;

-- CreateTable
CREATE TABLE "TallyEvent" (
    "id" BIGSERIAL NOT NULL,
    "campaignId" UUID NOT NULL,
    "delta" SMALLINT NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "cityKey" VARCHAR(160),
    "cityName" VARCHAR(120),
    "cityLatitude" DOUBLE PRECISION,
    "cityLongitude" DOUBLE PRECISION,
    "inHistory" BOOLEAN NOT NULL DEFAULT true,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TallyEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryTally" (
    "campaignId" UUID NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CountryTally_pkey" PRIMARY KEY ("campaignId","country")
);

-- CreateTable
CREATE TABLE "CityTally" (
    "campaignId" UUID NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "cityKey" VARCHAR(160) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CityTally_pkey" PRIMARY KEY ("campaignId","country","cityKey")
);

-- CreateTable
CREATE TABLE "TallyMinute" (
    "campaignId" UUID NOT NULL,
    "minute" TIMESTAMPTZ(3) NOT NULL,
    "added" INTEGER NOT NULL DEFAULT 0,
    "removed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TallyMinute_pkey" PRIMARY KEY ("campaignId","minute")
);

-- CreateTable
CREATE TABLE "TallyState" (
    "campaignId" UUID NOT NULL,
    "version" BIGINT NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TallyState_pkey" PRIMARY KEY ("campaignId")
);

-- ─── Written by hand below this line ─────────────────────────────────────────────────────────────
-- Prisma's schema language cannot express functions or triggers (the drift check ignores them).
-- Every change to the public count enters "TallyEvent" here, inside the transaction that makes
-- it, whatever made it: confirmation, withdrawal, an organiser's invalidation or its undo, bulk
-- seeding, a deletion. No code path has to remember to. See
-- docs/decisions/0008-tallies-by-trigger-and-single-aggregator.md.

-- The tally key of a pledge's city: its GeoNames id; for a located city stored without an id,
-- country and lower-case name. Null without gazetteer coordinates: text a supporter typed that
-- the gazetteer did not recognise stays in the "Pledge" row, where withdrawal erases it, and
-- never reaches a tally table.
CREATE FUNCTION "tally_city_key"(geoname_id INTEGER, country TEXT, city_name TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN city_name IS NULL OR latitude IS NULL OR longitude IS NULL THEN NULL
    WHEN geoname_id IS NOT NULL THEN 'g' || geoname_id
    ELSE 'n' || country || ':' || lower(city_name)
  END
$$;

CREATE FUNCTION "tally_pledge_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was_counted BOOLEAN := false;
  is_counted BOOLEAN := false;
  old_key TEXT;
  new_key TEXT;
  moved BOOLEAN := false;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    was_counted := OLD."status" = 'CONFIRMED';
    old_key := "tally_city_key"(OLD."cityGeonameId", OLD."country", OLD."cityName", OLD."cityLatitude", OLD."cityLongitude");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    is_counted := NEW."status" = 'CONFIRMED';
    new_key := "tally_city_key"(NEW."cityGeonameId", NEW."country", NEW."cityName", NEW."cityLatitude", NEW."cityLongitude");
  END IF;

  IF was_counted AND is_counted THEN
    -- Still counted: only a change of campaign, country or city moves it between tallies. The
    -- -1/+1 pair is kept out of the per-minute history: nobody joined or left.
    IF OLD."campaignId" = NEW."campaignId" AND OLD."country" = NEW."country" AND old_key IS NOT DISTINCT FROM new_key THEN
      RETURN NULL;
    END IF;
    moved := true;
  END IF;

  IF was_counted THEN
    -- OLD is the only place the city still exists: withdrawal erases it in this same UPDATE.
    INSERT INTO "TallyEvent" ("campaignId", "delta", "country", "cityKey", "cityName", "cityLatitude", "cityLongitude", "inHistory", "occurredAt")
    VALUES (
      OLD."campaignId", -1, OLD."country", old_key,
      CASE WHEN old_key IS NULL THEN NULL ELSE OLD."cityName" END,
      CASE WHEN old_key IS NULL THEN NULL ELSE OLD."cityLatitude" END,
      CASE WHEN old_key IS NULL THEN NULL ELSE OLD."cityLongitude" END,
      NOT moved,
      -- The row's own timestamp where it has one, so that rebuilding the history from "Pledge"
      -- puts the removal in the same minute (lib/stats/rebuild-tallies.ts).
      CASE
        WHEN TG_OP = 'DELETE' OR moved THEN now()
        WHEN NEW."status" = 'WITHDRAWN' THEN COALESCE(NEW."withdrawnAt", now())
        WHEN NEW."status" = 'INVALID' THEN COALESCE(NEW."invalidatedAt", now())
        ELSE now()
      END
    );
  END IF;

  IF is_counted THEN
    INSERT INTO "TallyEvent" ("campaignId", "delta", "country", "cityKey", "cityName", "cityLatitude", "cityLongitude", "inHistory", "occurredAt")
    VALUES (
      NEW."campaignId", 1, NEW."country", new_key,
      CASE WHEN new_key IS NULL THEN NULL ELSE NEW."cityName" END,
      CASE WHEN new_key IS NULL THEN NULL ELSE NEW."cityLatitude" END,
      CASE WHEN new_key IS NULL THEN NULL ELSE NEW."cityLongitude" END,
      NOT moved,
      CASE WHEN moved THEN now() ELSE COALESCE(NEW."confirmedAt", now()) END
    );
  END IF;
  RETURN NULL;
END
$$;

-- Three triggers so that PostgreSQL skips the function for the rows that cannot change the count
-- (pending sign-ups, resent confirmation emails), and UPDATE fires only when a column that
-- matters is written.
CREATE TRIGGER "Pledge_tally_insert" AFTER INSERT ON "Pledge"
  FOR EACH ROW WHEN (NEW."status" = 'CONFIRMED') EXECUTE FUNCTION "tally_pledge_change"();

CREATE TRIGGER "Pledge_tally_update"
  AFTER UPDATE OF "status", "campaignId", "country", "cityName", "cityLatitude", "cityLongitude", "cityGeonameId" ON "Pledge"
  FOR EACH ROW WHEN (OLD."status" = 'CONFIRMED' OR NEW."status" = 'CONFIRMED') EXECUTE FUNCTION "tally_pledge_change"();

CREATE TRIGGER "Pledge_tally_delete" AFTER DELETE ON "Pledge"
  FOR EACH ROW WHEN (OLD."status" = 'CONFIRMED') EXECUTE FUNCTION "tally_pledge_change"();

-- Backfill from the pledges that exist already (the demo supporters of a local install, or a
-- live campaign), as `npm run tallies:rebuild` does (lib/stats/rebuild-tallies.ts). After the
-- triggers on purpose: CREATE TRIGGER locks "Pledge" against writes until this migration
-- commits, so no pledge can change between the backfill and the first event.
INSERT INTO "CountryTally" ("campaignId", "country", "count")
SELECT "campaignId", "country", count(*) FROM "Pledge" WHERE "status" = 'CONFIRMED' GROUP BY 1, 2;

INSERT INTO "CityTally" ("campaignId", "country", "cityKey", "name", "latitude", "longitude", "count")
SELECT "campaignId", "country", "cityKey",
       (array_agg("cityName" ORDER BY "confirmedAt" DESC NULLS LAST, "id"))[1],
       (array_agg("cityLatitude" ORDER BY "confirmedAt" DESC NULLS LAST, "id"))[1],
       (array_agg("cityLongitude" ORDER BY "confirmedAt" DESC NULLS LAST, "id"))[1],
       count(*)
FROM (SELECT *, "tally_city_key"("cityGeonameId", "country", "cityName", "cityLatitude", "cityLongitude") AS "cityKey"
      FROM "Pledge" WHERE "status" = 'CONFIRMED') AS p
WHERE "cityKey" IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO "TallyMinute" ("campaignId", "minute", "added", "removed")
SELECT "campaignId", "minute", sum("added"), sum("removed") FROM (
  SELECT "campaignId", date_trunc('minute', coalesce("confirmedAt", "createdAt"), 'UTC') AS "minute", 1 AS "added", 0 AS "removed"
  FROM "Pledge" WHERE "confirmedAt" IS NOT NULL OR "status" = 'CONFIRMED'
  UNION ALL
  SELECT "campaignId", date_trunc('minute', coalesce(least("withdrawnAt", "invalidatedAt"), "updatedAt"), 'UTC'), 0, 1
  FROM "Pledge" WHERE "confirmedAt" IS NOT NULL AND "status" <> 'CONFIRMED'
) AS changes GROUP BY 1, 2;

INSERT INTO "TallyState" ("campaignId", "version", "total", "updatedAt")
SELECT c."id", 1, coalesce((SELECT sum("count") FROM "CountryTally" t WHERE t."campaignId" = c."id"), 0), now()
FROM "Campaign" c;
