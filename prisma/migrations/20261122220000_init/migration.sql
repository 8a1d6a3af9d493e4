-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'LEARNER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "organisationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSignInAt" DATETIME,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LessonView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "firstViewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastViewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "viewCount" INTEGER NOT NULL DEFAULT 1,
    "secondsSpent" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LessonView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "courseVersion" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "correctCount" INTEGER NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "scorePercent" INTEGER NOT NULL,
    "passMark" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationSeconds" INTEGER NOT NULL,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModuleProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "bestScore" INTEGER,
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "firstPassedAt" DATETIME,
    "lastPassedAt" DATETIME,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModuleProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Completion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "courseVersion" TEXT NOT NULL,
    "cycleKey" TEXT NOT NULL,
    "completingAttemptId" TEXT NOT NULL,
    "completedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "graceDays" INTEGER NOT NULL,
    "renewalPolicy" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "scorePercent" INTEGER NOT NULL,
    "timeSpentSeconds" INTEGER NOT NULL,
    "cpdMinutes" INTEGER NOT NULL,
    CONSTRAINT "Completion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "completionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "courseVersion" TEXT NOT NULL,
    "learnerName" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "graceDays" INTEGER NOT NULL,
    "scorePercent" INTEGER NOT NULL,
    "cpdMinutes" INTEGER NOT NULL,
    "revokedAt" DATETIME,
    "revokedReason" TEXT,
    "revokedById" TEXT,
    CONSTRAINT "Certificate_completionId_fkey" FOREIGN KEY ("completionId") REFERENCES "Completion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_role_idx" ON "User"("organisationId", "role");

-- CreateIndex
CREATE INDEX "LessonView_userId_courseId_moduleId_idx" ON "LessonView"("userId", "courseId", "moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "LessonView_userId_courseId_lessonId_key" ON "LessonView"("userId", "courseId", "lessonId");

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_courseId_moduleId_idx" ON "QuizAttempt"("userId", "courseId", "moduleId");

-- CreateIndex
CREATE INDEX "QuizAttempt_courseId_moduleId_submittedAt_idx" ON "QuizAttempt"("courseId", "moduleId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_submissionId_key" ON "QuizAttempt"("userId", "submissionId");

-- CreateIndex
CREATE INDEX "ModuleProgress_courseId_moduleId_lastPassedAt_idx" ON "ModuleProgress"("courseId", "moduleId", "lastPassedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModuleProgress_userId_courseId_moduleId_key" ON "ModuleProgress"("userId", "courseId", "moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "Completion_completingAttemptId_key" ON "Completion"("completingAttemptId");

-- CreateIndex
CREATE INDEX "Completion_userId_courseId_completedAt_idx" ON "Completion"("userId", "courseId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Completion_userId_courseId_cycleKey_key" ON "Completion"("userId", "courseId", "cycleKey");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_completionId_key" ON "Certificate"("completionId");

-- CreateIndex
CREATE INDEX "Certificate_userId_courseId_issuedAt_idx" ON "Certificate"("userId", "courseId", "issuedAt");
