-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "rateLimitBurst" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "rateLimitBurstSeconds" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "rateLimitDomainPerHour" INTEGER NOT NULL DEFAULT 2000,
ADD COLUMN     "rateLimitSustained" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "rateLimitSustainedSeconds" INTEGER NOT NULL DEFAULT 300;

-- CreateTable
CREATE TABLE "NetworkHashKey" (
    "day" DATE NOT NULL,
    "secret" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkHashKey_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" VARCHAR(200) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "SpentPowChallenge" (
    "signature" VARCHAR(128) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SpentPowChallenge_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_expiresAt_idx" ON "RateLimitCounter"("expiresAt");

-- CreateIndex
CREATE INDEX "SpentPowChallenge_expiresAt_idx" ON "SpentPowChallenge"("expiresAt");
