-- CreateTable
CREATE TABLE "FiguresVersion" (
    "organisationId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);


-- Written by hand: the triggers that keep "FiguresVersion" (see prisma/schema.prisma). Each adds 1 to the version of
-- the organisation a change belongs to (before and after, when it moves), in the write's own transaction, whoever
-- made it. Only changes that can alter a figure count: an enrolment's dates, or whether it has started (activity
-- moving on does not; a lesson view would otherwise clear the cache); a person's role, whether they are active and
-- which organisation they are in (signing in does not); group memberships; groups and their names. Which groups a
-- trainer is limited to is read on every request and is part of the cache's key, so it needs no trigger here.
CREATE TRIGGER "FiguresVersion_Enrolment_insert" AFTER INSERT ON "Enrolment" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (NEW."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_Enrolment_delete" AFTER DELETE ON "Enrolment" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (OLD."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_Enrolment_update"
  AFTER UPDATE OF "userId", "organisationId", "courseId", "dueAt", "validUntil", "lastActivityAt" ON "Enrolment"
  WHEN OLD."userId" IS NOT NEW."userId" OR OLD."organisationId" IS NOT NEW."organisationId"
    OR OLD."courseId" IS NOT NEW."courseId" OR OLD."dueAt" IS NOT NEW."dueAt" OR OLD."validUntil" IS NOT NEW."validUntil"
    OR (OLD."lastActivityAt" IS NULL) IS NOT (NEW."lastActivityAt" IS NULL)
BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (OLD."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (NEW."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_User_delete" AFTER DELETE ON "User" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (OLD."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_User_update" AFTER UPDATE OF "active", "role", "organisationId" ON "User"
  WHEN OLD."active" IS NOT NEW."active" OR OLD."role" IS NOT NEW."role" OR OLD."organisationId" IS NOT NEW."organisationId"
BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (OLD."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (NEW."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_Group_insert" AFTER INSERT ON "Group" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (NEW."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_Group_delete" AFTER DELETE ON "Group" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (OLD."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_Group_update" AFTER UPDATE OF "name", "organisationId" ON "Group"
  WHEN OLD."name" IS NOT NEW."name" OR OLD."organisationId" IS NOT NEW."organisationId"
BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (OLD."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES (NEW."organisationId", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

-- A membership names its group only: the organisation is the group's. (When the group itself is being deleted it may
-- be gone already; its own trigger above counts that change.)
CREATE TRIGGER "FiguresVersion_GroupMembership_insert" AFTER INSERT ON "GroupMembership" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version")
    SELECT "organisationId", 1 FROM "Group" WHERE "id" = NEW."groupId"
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_GroupMembership_delete" AFTER DELETE ON "GroupMembership" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version")
    SELECT "organisationId", 1 FROM "Group" WHERE "id" = OLD."groupId"
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "FiguresVersion_GroupMembership_update" AFTER UPDATE OF "userId", "groupId" ON "GroupMembership" BEGIN
  INSERT INTO "FiguresVersion" ("organisationId", "version")
    SELECT "organisationId", 1 FROM "Group" WHERE "id" IN (OLD."groupId", NEW."groupId")
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "version" + 1;
END;
