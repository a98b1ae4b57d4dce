-- AlterTable
ALTER TABLE "Campaign" DROP COLUMN "rateLimitBurst",
DROP COLUMN "rateLimitBurstSeconds",
DROP COLUMN "rateLimitSustained",
DROP COLUMN "rateLimitSustainedSeconds",
ADD COLUMN     "noProofPerNetworkHour" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "powDoublingStep" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "powFreeChallenges" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "powWindowSeconds" INTEGER NOT NULL DEFAULT 600,
ALTER COLUMN "anomalyThreshold" SET DEFAULT 100;

-- Campaigns still on the old default flag sources from 100 confirmations an hour (ADR 0029).
UPDATE "Campaign" SET "anomalyThreshold" = 100 WHERE "anomalyThreshold" = 20;

-- Volume no longer holds a pledge: unconfirmed pledges marked only for it count once confirmed.
-- Confirmed ones already held stay in the review queue for organisers to clear (ADR 0029).
UPDATE "Pledge" SET "reviewReason" = NULL WHERE "status" = 'PENDING' AND "reviewReason" = 'rate_limited';
