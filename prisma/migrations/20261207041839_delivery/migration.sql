-- CreateTable
CREATE TABLE "DeliveryRecipient" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "organisation" VARCHAR(200),
    "emailEncrypted" TEXT NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliverySchedule" (
    "campaignId" UUID NOT NULL,
    "sendAt" TIMESTAMPTZ(3) NOT NULL,
    "timeZone" VARCHAR(64) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeliverySchedule_pkey" PRIMARY KEY ("campaignId")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "snapshotId" UUID NOT NULL,
    "snapshotSha256" CHAR(64) NOT NULL,
    "treeSize" INTEGER,
    "rootHash" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryPack" (
    "deliveryId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "pdf" BYTEA NOT NULL,

    CONSTRAINT "DeliveryPack_pkey" PRIMARY KEY ("deliveryId","locale")
);

-- CreateTable
CREATE TABLE "DeliverySend" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "organisation" VARCHAR(200),
    "emailEncrypted" TEXT NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "DeliverySend_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeliveryRecipient_campaignId_createdAt_idx" ON "DeliveryRecipient"("campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_campaignId_createdAt_idx" ON "Delivery"("campaignId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeliverySend_deliveryId_recipientId_key" ON "DeliverySend"("deliveryId", "recipientId");

-- AddForeignKey
ALTER TABLE "DeliveryPack" ADD CONSTRAINT "DeliveryPack_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverySend" ADD CONSTRAINT "DeliverySend_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
