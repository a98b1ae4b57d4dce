-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "events" VARCHAR(32)[],
    "secretEncrypted" TEXT NOT NULL,
    "supporterKey" BYTEA NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "failingSince" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "type" VARCHAR(32) NOT NULL,
    "pledgeId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "deliveredAt" TIMESTAMPTZ(3),
    "deliveryId" UUID,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempt" INTEGER NOT NULL,
    "eventTypes" VARCHAR(32)[],
    "eventCount" INTEGER NOT NULL,
    "status" INTEGER,
    "error" VARCHAR(300),
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookMilestone" (
    "campaignId" UUID NOT NULL,
    "milestone" INTEGER NOT NULL,
    "reachedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookMilestone_pkey" PRIMARY KEY ("campaignId","milestone")
);

-- CreateIndex
CREATE INDEX "WebhookEndpoint_campaignId_createdAt_idx" ON "WebhookEndpoint"("campaignId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_id_key" ON "WebhookEvent"("id");

-- CreateIndex
CREATE INDEX "WebhookEvent_endpointId_deliveredAt_seq_idx" ON "WebhookEvent"("endpointId", "deliveredAt", "seq");

-- CreateIndex
CREATE INDEX "WebhookEvent_pledgeId_idx" ON "WebhookEvent"("pledgeId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_at_idx" ON "WebhookDelivery"("endpointId", "at");

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
