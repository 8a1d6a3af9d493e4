import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { databaseProvider } from "./lib/db/provider";

// TEST_DATABASE_URL (a PostgreSQL server) runs the database tests there instead of in SQLite, plus the tests that
// only PostgreSQL has (*.pg.test.ts). Pure tests answer the same on either database, so the PostgreSQL run leaves
// them out: it runs the test files that open a database (testDatabase, or TEST_DATABASE_URL read directly).
const onPostgres = databaseProvider(process.env.TEST_DATABASE_URL) === "postgresql";
const ROOTS = ["lib", "scripts", "app", "bench"];

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(file);
    return entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

function databaseTestFiles(): string[] {
  return ROOTS.flatMap((root) => testFiles(root)).filter((file) =>
    /testDatabase\(|TEST_DATABASE_URL/.test(fs.readFileSync(file, "utf8")),
  );
}

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Tests live beside the code they test, in lib/, scripts/, app/ (a route's own helpers) or bench/.
    include: onPostgres ? databaseTestFiles() : ROOTS.map((root) => `${root}/**/*.test.ts`),
    exclude: onPostgres ? [] : ["**/*.pg.test.ts"],
    environment: "node",
    // server-only throws outside React's server build; unit tests exercise the code directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
  },
});
