-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "countsFrozenAt" TIMESTAMPTZ(3);
