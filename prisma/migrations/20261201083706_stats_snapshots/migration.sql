-- CreateEnum
CREATE TYPE "StatsSnapshotTrigger" AS ENUM ('MANUAL', 'HOURLY');

-- CreateTable
CREATE TABLE "StatsSnapshot" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "trigger" "StatsSnapshotTrigger" NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "canonicalJson" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,

    CONSTRAINT "StatsSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatsSnapshot_campaignId_takenAt_idx" ON "StatsSnapshot"("campaignId", "takenAt");

-- A cited snapshot must never change: refuse UPDATE, DELETE and TRUNCATE for every role that does
-- not own the schema's triggers (the same guard as "AuditLogEntry"). Its SHA-256 lets anyone
-- notice a change anyway; this makes one impossible through the application's database role.
CREATE FUNCTION "stats_snapshot_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stats snapshots are immutable: % on "StatsSnapshot" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "StatsSnapshot_no_update_or_delete" BEFORE UPDATE OR DELETE ON "StatsSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "stats_snapshot_append_only"();

CREATE TRIGGER "StatsSnapshot_no_truncate" BEFORE TRUNCATE ON "StatsSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_snapshot_append_only"();
