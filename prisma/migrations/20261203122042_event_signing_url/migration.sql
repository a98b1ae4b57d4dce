-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "eventSigningUrl" VARCHAR(500);
