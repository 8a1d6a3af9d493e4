-- CreateTable
CREATE TABLE "QuestionSnapshot" (
    "hash" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "courseVersion" TEXT NOT NULL,
    "question" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionSnapshot_pkey" PRIMARY KEY ("hash")
);

