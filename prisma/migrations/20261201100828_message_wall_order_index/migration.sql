-- DropIndex
DROP INDEX "Pledge_campaignId_messageStatus_idx";

-- CreateIndex
CREATE INDEX "Pledge_campaignId_messageStatus_messageFeatured_confirmedAt_idx" ON "Pledge"("campaignId", "messageStatus", "messageFeatured" DESC, "confirmedAt" DESC, "id");
