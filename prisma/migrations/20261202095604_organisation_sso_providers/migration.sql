-- The single sign-on providers each organisation accepts: none until an administrator ticks one. SQLite can add a
-- column with a default in place, so the table is not rebuilt.
ALTER TABLE "Organisation" ADD COLUMN "ssoProviders" TEXT NOT NULL DEFAULT '';
