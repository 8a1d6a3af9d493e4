-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "certificateLogo" BLOB;
ALTER TABLE "Organisation" ADD COLUMN "certificateLogoType" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "contactsReviewedAt" DATETIME;
ALTER TABLE "Organisation" ADD COLUMN "signatoryName" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "signatoryRole" TEXT;

