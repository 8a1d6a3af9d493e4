-- CreateEnum
CREATE TYPE "ReadingTextSize" AS ENUM ('STANDARD', 'LARGE', 'LARGER');

-- CreateEnum
CREATE TYPE "ReadingLineSpacing" AS ENUM ('NORMAL', 'RELAXED', 'LOOSE');

-- CreateEnum
CREATE TYPE "ReadingFont" AS ENUM ('STANDARD', 'DYSLEXIC');

-- CreateEnum
CREATE TYPE "ReadingContrast" AS ENUM ('STANDARD', 'HIGH');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "readingContrast" "ReadingContrast" NOT NULL DEFAULT 'STANDARD',
ADD COLUMN     "readingFont" "ReadingFont" NOT NULL DEFAULT 'STANDARD',
ADD COLUMN     "readingLineSpacing" "ReadingLineSpacing" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "readingTextSize" "ReadingTextSize" NOT NULL DEFAULT 'STANDARD';

