-- DropIndex
DROP INDEX "QuizAttempt_userId_courseId_moduleId_idx";

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_courseId_moduleId_submittedAt_idx" ON "QuizAttempt"("userId", "courseId", "moduleId", "submittedAt");

