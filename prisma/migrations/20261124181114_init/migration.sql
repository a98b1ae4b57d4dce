-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'LIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WITHDRAWN', 'INVALID');

-- CreateEnum
CREATE TYPE "DisplayMode" AS ENUM ('FULL_NAME', 'FIRST_NAME_INITIAL', 'ANONYMOUS');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('PENDING', 'HELD', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "goal" INTEGER NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'LIVE',
    "signingOpen" BOOLEAN NOT NULL DEFAULT true,
    "countsFrozen" BOOLEAN NOT NULL DEFAULT false,
    "sensitiveCountries" VARCHAR(2)[] DEFAULT ARRAY['BY']::VARCHAR(2)[],
    "mapThreshold" INTEGER NOT NULL DEFAULT 5,
    "closesAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "status" "PledgeStatus" NOT NULL DEFAULT 'PENDING',
    "nameEncrypted" TEXT,
    "emailEncrypted" TEXT,
    "emailHash" VARCHAR(64) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "cityName" VARCHAR(120),
    "cityLatitude" DOUBLE PRECISION,
    "cityLongitude" DOUBLE PRECISION,
    "displayMode" "DisplayMode" NOT NULL DEFAULT 'ANONYMOUS',
    "publicInSensitiveCountry" BOOLEAN NOT NULL DEFAULT false,
    "message" VARCHAR(500),
    "messageStatus" "MessageStatus",
    "messageHeldReason" VARCHAR(200),
    "messageFeatured" BOOLEAN NOT NULL DEFAULT false,
    "locale" VARCHAR(8) NOT NULL,
    "consentProcessing" BOOLEAN NOT NULL,
    "consentUpdates" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "invalidatedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_status_idx" ON "Pledge"("campaignId", "status");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_confirmedAt_idx" ON "Pledge"("campaignId", "confirmedAt");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_messageStatus_idx" ON "Pledge"("campaignId", "messageStatus");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_campaignId_emailHash_key" ON "Pledge"("campaignId", "emailHash");

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
