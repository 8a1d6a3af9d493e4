-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "quizRetakeWaitMinutes" INTEGER NOT NULL DEFAULT 0;

