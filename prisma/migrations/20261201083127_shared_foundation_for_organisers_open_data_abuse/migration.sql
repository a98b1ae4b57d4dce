-- AlterEnum
ALTER TYPE "PledgeStatus" ADD VALUE 'PENDING_REVIEW';

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "anomalyThreshold" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "blockedWords" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "retentionMonths" INTEGER NOT NULL DEFAULT 6;

-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3),
ADD COLUMN     "emailDomain" VARCHAR(253),
ADD COLUMN     "invalidationId" UUID,
ADD COLUMN     "networkHash" VARCHAR(64),
ADD COLUMN     "networkHashedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewReason" VARCHAR(32),
ADD COLUMN     "statusBeforeInvalidation" "PledgeStatus";

-- CreateTable
CREATE TABLE "CampaignStory" (
    "campaignId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "markdown" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedBy" VARCHAR(254) NOT NULL,

    CONSTRAINT "CampaignStory_pkey" PRIMARY KEY ("campaignId","locale")
);

-- CreateTable
CREATE TABLE "PledgeInvalidation" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "criteria" JSONB NOT NULL,
    "matched" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "createdBy" VARCHAR(254) NOT NULL,
    "undoneAt" TIMESTAMPTZ(3),
    "undoneBy" VARCHAR(254),

    CONSTRAINT "PledgeInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PledgeInvalidation_campaignId_createdAt_idx" ON "PledgeInvalidation"("campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_networkHash_idx" ON "Pledge"("campaignId", "networkHash");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_emailDomain_idx" ON "Pledge"("campaignId", "emailDomain");

-- CreateIndex
CREATE INDEX "Pledge_invalidationId_idx" ON "Pledge"("invalidationId");

-- AddForeignKey
ALTER TABLE "CampaignStory" ADD CONSTRAINT "CampaignStory_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_invalidationId_fkey" FOREIGN KEY ("invalidationId") REFERENCES "PledgeInvalidation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeInvalidation" ADD CONSTRAINT "PledgeInvalidation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
