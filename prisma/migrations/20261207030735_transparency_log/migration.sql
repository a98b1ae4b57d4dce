-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "logLeafIndex" INTEGER,
ADD COLUMN     "logSecret" BYTEA;

-- CreateTable
CREATE TABLE "TransparencyLeaf" (
    "campaignId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "commitment" BYTEA,
    "tombstoneOf" INTEGER,
    "tombstonedBy" INTEGER,
    "retiring" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TransparencyLeaf_pkey" PRIMARY KEY ("campaignId","index")
);

-- CreateTable
CREATE TABLE "TransparencyNode" (
    "campaignId" UUID NOT NULL,
    "level" SMALLINT NOT NULL,
    "index" INTEGER NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "TransparencyNode_pkey" PRIMARY KEY ("campaignId","level","index")
);

-- CreateTable
CREATE TABLE "TransparencyCount" (
    "campaignId" UUID NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "live" INTEGER NOT NULL,
    "reconciledTo" INTEGER,

    CONSTRAINT "TransparencyCount_pkey" PRIMARY KEY ("campaignId","country")
);

-- CreateTable
CREATE TABLE "TransparencyCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "campaignId" UUID NOT NULL,
    "treeSize" INTEGER NOT NULL,
    "rootHash" BYTEA NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "signature" BYTEA NOT NULL,
    "keyId" VARCHAR(16) NOT NULL,

    CONSTRAINT "TransparencyCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TransparencyLeaf_campaignId_commitment_idx" ON "TransparencyLeaf"("campaignId", "commitment");

-- CreateIndex
CREATE INDEX "TransparencyLeaf_campaignId_retiring_country_idx" ON "TransparencyLeaf"("campaignId", "retiring", "country");

-- CreateIndex
CREATE INDEX "TransparencyCheckpoint_campaignId_issuedAt_idx" ON "TransparencyCheckpoint"("campaignId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyCheckpoint_campaignId_treeSize_key" ON "TransparencyCheckpoint"("campaignId", "treeSize");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_status_logLeafIndex_idx" ON "Pledge"("campaignId", "status", "logLeafIndex");
