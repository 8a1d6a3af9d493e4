-- Written by hand: Prisma's diff rebuilds "Organisation" to add a required column, which SQLite can do in place
-- (a NOT NULL column with a constant default). "User" gains a nullable column, added in place as Prisma writes it,
-- so its FiguresVersion triggers stay.
ALTER TABLE "User" ADD COLUMN "language" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "defaultLanguage" TEXT NOT NULL DEFAULT 'en-GB';
