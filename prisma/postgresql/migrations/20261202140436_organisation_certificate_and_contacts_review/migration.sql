-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "certificateLogo" BYTEA,
ADD COLUMN     "certificateLogoType" TEXT,
ADD COLUMN     "contactsReviewedAt" TIMESTAMP(3),
ADD COLUMN     "signatoryName" TEXT,
ADD COLUMN     "signatoryRole" TEXT;

