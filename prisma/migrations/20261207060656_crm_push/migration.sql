-- CreateEnum
CREATE TYPE "CrmPushState" AS ENUM ('QUEUED', 'PUSHED', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "CrmRequestKind" AS ENUM ('SIGNUP', 'UNSUBSCRIBE');

-- CreateEnum
CREATE TYPE "CrmAttemptOutcome" AS ENUM ('PUSHED', 'RETRYING', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "CrmConnection" (
    "campaignId" UUID NOT NULL,
    "endpointUrl" VARCHAR(500) NOT NULL,
    "apiKeyEncrypted" TEXT,
    "tags" VARCHAR(100)[] DEFAULT ARRAY[]::VARCHAR(100)[],
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "keyRefusedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedBy" VARCHAR(254) NOT NULL,

    CONSTRAINT "CrmConnection_pkey" PRIMARY KEY ("campaignId")
);

-- CreateTable
CREATE TABLE "CrmPush" (
    "pledgeId" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "state" "CrmPushState" NOT NULL,
    "osdiIdentifier" VARCHAR(200),
    "lastError" VARCHAR(40),
    "queuedAt" TIMESTAMPTZ(3) NOT NULL,
    "pushedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "unsubscribeEmailEncrypted" TEXT,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "removalConfirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CrmPush_pkey" PRIMARY KEY ("pledgeId")
);

-- CreateTable
CREATE TABLE "CrmPushAttempt" (
    "id" BIGSERIAL NOT NULL,
    "campaignId" UUID NOT NULL,
    "pledgeId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "CrmRequestKind" NOT NULL,
    "outcome" "CrmAttemptOutcome" NOT NULL,
    "httpStatus" INTEGER,
    "error" VARCHAR(40),
    "osdiIdentifier" VARCHAR(200),

    CONSTRAINT "CrmPushAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CrmPush_campaignId_state_idx" ON "CrmPush"("campaignId", "state");

-- CreateIndex
CREATE INDEX "CrmPush_campaignId_withdrawnAt_idx" ON "CrmPush"("campaignId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "CrmPushAttempt_campaignId_id_idx" ON "CrmPushAttempt"("campaignId", "id");

-- CreateIndex
CREATE INDEX "CrmPushAttempt_pledgeId_idx" ON "CrmPushAttempt"("pledgeId");
