-- CreateTable
CREATE TABLE "QuestionSnapshot" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "courseVersion" TEXT NOT NULL,
    "question" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

