-- AlterTable
ALTER TABLE "AuditLogEntry" ADD COLUMN     "campaignId" UUID;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "role" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CampaignRole" (
    "userId" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "role" "OrganiserRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignRole_pkey" PRIMARY KEY ("userId","campaignId")
);

-- CreateIndex
CREATE INDEX "CampaignRole_campaignId_idx" ON "CampaignRole"("campaignId");

-- CreateIndex
CREATE INDEX "AuditLogEntry_campaignId_id_idx" ON "AuditLogEntry"("campaignId", "id");

-- AddForeignKey
ALTER TABLE "CampaignRole" ADD CONSTRAINT "CampaignRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRole" ADD CONSTRAINT "CampaignRole_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
