-- Written by hand: Prisma's diff rebuilds "User" (CREATE "new_User", copy, DROP, RENAME) to add these columns, and
-- dropping the table would drop its FiguresVersion triggers (20261202180018_figures_version). ADD COLUMN keeps
-- the table, its triggers and its rows as they are; SQLite fills the defaults in without rewriting a row.
-- The Reading* enums are TEXT here, as Role is: Prisma checks the values.
ALTER TABLE "User" ADD COLUMN "readingTextSize" TEXT NOT NULL DEFAULT 'STANDARD';
ALTER TABLE "User" ADD COLUMN "readingLineSpacing" TEXT NOT NULL DEFAULT 'NORMAL';
ALTER TABLE "User" ADD COLUMN "readingFont" TEXT NOT NULL DEFAULT 'STANDARD';
ALTER TABLE "User" ADD COLUMN "readingContrast" TEXT NOT NULL DEFAULT 'STANDARD';
