-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "messageFingerprint" VARCHAR(64),
ADD COLUMN     "messageModeratedAt" TIMESTAMPTZ(3),
ADD COLUMN     "messageModeratedBy" VARCHAR(254),
ADD COLUMN     "messageRejectReason" VARCHAR(200);

-- CreateIndex
CREATE INDEX "Pledge_campaignId_messageFingerprint_idx" ON "Pledge"("campaignId", "messageFingerprint");
