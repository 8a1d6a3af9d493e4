-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "defaultLanguage" TEXT NOT NULL DEFAULT 'en-GB';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "language" TEXT;

