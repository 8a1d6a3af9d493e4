import path from "node:path";
import { defineConfig } from "vitest/config";
import { databaseProvider } from "./lib/db/provider";

// TEST_DATABASE_URL (a PostgreSQL server) runs every database test there instead of in SQLite, plus the tests that
// only PostgreSQL has (*.pg.test.ts).
const onPostgres = databaseProvider(process.env.TEST_DATABASE_URL) === "postgresql";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Tests live beside the code they test, in lib/, scripts/ or app/ (a route's own helpers).
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    exclude: onPostgres ? [] : ["**/*.pg.test.ts"],
    environment: "node",
    // server-only throws outside React's server build; unit tests exercise the code directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
  },
});
