-- CreateEnum
CREATE TYPE "PledgeTokenPurpose" AS ENUM ('CONFIRM', 'WITHDRAW');

-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "confirmationEmailsSent" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "emailHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PledgeToken" (
    "id" UUID NOT NULL,
    "pledgeId" UUID NOT NULL,
    "purpose" "PledgeTokenPurpose" NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevMailboxMessage" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevMailboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PledgeToken_tokenHash_key" ON "PledgeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PledgeToken_pledgeId_purpose_idx" ON "PledgeToken"("pledgeId", "purpose");

-- CreateIndex
CREATE INDEX "DevMailboxMessage_createdAt_idx" ON "DevMailboxMessage"("createdAt");

-- AddForeignKey
ALTER TABLE "PledgeToken" ADD CONSTRAINT "PledgeToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
