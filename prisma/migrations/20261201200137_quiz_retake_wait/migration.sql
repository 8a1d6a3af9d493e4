-- AlterTable: a column with a constant default is added in place, so no organisation row is rewritten.
ALTER TABLE "Organisation" ADD COLUMN "quizRetakeWaitMinutes" INTEGER NOT NULL DEFAULT 0;
