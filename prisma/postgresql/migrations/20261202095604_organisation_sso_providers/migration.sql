-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "ssoProviders" TEXT NOT NULL DEFAULT '';

