-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailKey" TEXT NOT NULL,
    "addressKey" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SignInAttempt_emailKey_createdAt_idx" ON "SignInAttempt"("emailKey", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_addressKey_createdAt_idx" ON "SignInAttempt"("addressKey", "createdAt");
