-- CreateTable
CREATE TABLE "FiguresVersion" (
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FiguresVersion_pkey" PRIMARY KEY ("organisationId")
);

-- Data, written by hand (everything above this line is Prisma's `migrate diff`, checked by lib/db/schema-drift.test.ts):
-- not data but the triggers that keep "FiguresVersion" (see prisma/schema.prisma), which Prisma's schema cannot
-- describe. The same changes count as in the SQLite migration of the same name: an enrolment's dates, or whether it
-- has started (activity moving on does not; a lesson view would otherwise clear the cache); a person's role, whether
-- they are active and which organisation they are in (signing in does not); group memberships; groups and their names.
-- Which groups a trainer is limited to is read on every request and is part of the cache's key: no trigger needed.
--
-- The triggers are deferred to the commit, and bump each organisation once per transaction (remembered in a setting
-- local to the transaction). So a transaction locks a version row last, after every lock it takes on people and
-- enrolments, and cannot deadlock with one that locks a person's row first (lib/db/lock.ts) and then writes; and an
-- update of 5,000 enrolments in one transaction writes the version row once, not 5,000 times.
CREATE FUNCTION "figures_version_bump"("organisation" TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  "done" TEXT := 'figures_version.o' || md5(coalesce("organisation", ''));
BEGIN
  IF "organisation" IS NULL OR coalesce(current_setting("done", true), '') = 'bumped' THEN
    RETURN;
  END IF;
  INSERT INTO "FiguresVersion" ("organisationId", "version") VALUES ("organisation", 1)
    ON CONFLICT ("organisationId") DO UPDATE SET "version" = "FiguresVersion"."version" + 1;
  PERFORM set_config("done", 'bumped', true);
END $$;

CREATE FUNCTION "figures_version_bump_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "figures_version_bump"(OLD."organisationId");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "figures_version_bump"(NEW."organisationId");
  END IF;
  RETURN NULL;
END $$;

-- A membership names its group only: the organisation is the group's. (When the group itself was deleted in the same
-- transaction it is gone by the commit; its own trigger counts that change.)
CREATE FUNCTION "figures_version_bump_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "figures_version_bump"((SELECT "organisationId" FROM "Group" WHERE "id" = OLD."groupId"));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "figures_version_bump"((SELECT "organisationId" FROM "Group" WHERE "id" = NEW."groupId"));
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "FiguresVersion_Enrolment_insert_delete" AFTER INSERT OR DELETE ON "Enrolment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_version_bump_row"();

CREATE CONSTRAINT TRIGGER "FiguresVersion_Enrolment_update"
  AFTER UPDATE OF "userId", "organisationId", "courseId", "dueAt", "validUntil", "lastActivityAt" ON "Enrolment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."organisationId" IS DISTINCT FROM NEW."organisationId"
    OR OLD."courseId" IS DISTINCT FROM NEW."courseId" OR OLD."dueAt" IS DISTINCT FROM NEW."dueAt"
    OR OLD."validUntil" IS DISTINCT FROM NEW."validUntil"
    OR (OLD."lastActivityAt" IS NULL) <> (NEW."lastActivityAt" IS NULL))
  EXECUTE FUNCTION "figures_version_bump_row"();

CREATE CONSTRAINT TRIGGER "FiguresVersion_User_delete" AFTER DELETE ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_version_bump_row"();

CREATE CONSTRAINT TRIGGER "FiguresVersion_User_update" AFTER UPDATE OF "active", "role", "organisationId" ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."active" IS DISTINCT FROM NEW."active" OR OLD."role" IS DISTINCT FROM NEW."role"
    OR OLD."organisationId" IS DISTINCT FROM NEW."organisationId")
  EXECUTE FUNCTION "figures_version_bump_row"();

CREATE CONSTRAINT TRIGGER "FiguresVersion_Group_insert_delete" AFTER INSERT OR DELETE ON "Group"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_version_bump_row"();

CREATE CONSTRAINT TRIGGER "FiguresVersion_Group_update" AFTER UPDATE OF "name", "organisationId" ON "Group"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."organisationId" IS DISTINCT FROM NEW."organisationId")
  EXECUTE FUNCTION "figures_version_bump_row"();

CREATE CONSTRAINT TRIGGER "FiguresVersion_GroupMembership_change" AFTER INSERT OR UPDATE OR DELETE ON "GroupMembership"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_version_bump_membership"();
