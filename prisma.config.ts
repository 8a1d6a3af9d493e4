import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// With a config file the CLI does not read .env. The schema's env("DATABASE_URL") must resolve,
// or the CLI falls back to the native engine and tries to download it.
process.env.DATABASE_URL ??= "file:./data/app.db";
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
