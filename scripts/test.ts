// `npm test`: every check on the embedded SQLite database; then, when TEST_DATABASE_URL names a PostgreSQL server
// (e.g. postgresql://postgres@127.0.0.1:5432/postgres), the database tests and the end-to-end tests again on
// PostgreSQL, in databases this run creates and drops. Stops at the first failing step.
import { spawnSync } from "node:child_process";
import { dropDatabase, withDatabase } from "../lib/db/tooling/postgres-admin";
import { databaseProvider } from "../lib/db/provider";

class StepFailed extends Error {}

const server = process.env.TEST_DATABASE_URL;
const sqliteEnv: NodeJS.ProcessEnv = { ...process.env };
delete sqliteEnv.TEST_DATABASE_URL;
delete sqliteEnv.E2E_DATABASE_URL;

const runStarted = Date.now();
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
/** Each step's time, printed again at the end so the slowest steps are easy to find. */
const timings: { title: string; ms: number; passed: boolean }[] = [];

/** Runs one step, printing how long it took and the running total, so CI's time budget can be watched. */
function step(title: string, script: string, env: NodeJS.ProcessEnv = sqliteEnv): void {
  console.log(`\n━━ ${title}`);
  const started = Date.now();
  const result = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit", env });
  timings.push({ title, ms: Date.now() - started, passed: result.status === 0 });
  console.log(
    `━━ ${title}: ${result.status === 0 ? "passed" : "FAILED"} in ${minutes(Date.now() - started)} (${minutes(Date.now() - runStarted)} so far)`,
  );
  if (result.status !== 0) throw new StepFailed(`✗ ${title} failed.`);
}

async function runAll(): Promise<void> {
  step("Course content", "content:check");
  step("Types", "typecheck");
  step("Lint", "lint");
  step("Unit and database tests (SQLite)", "test:unit");
  step("Production build", "build");
  step("End-to-end tests (SQLite)", "test:e2e");
  if (!server) {
    console.log(
      "\nTEST_DATABASE_URL is not set, so PostgreSQL was not tested. Set it to a server's URL to test both databases.",
    );
    return;
  }
  if (databaseProvider(server) !== "postgresql") throw new StepFailed("TEST_DATABASE_URL must be a postgresql:// URL.");
  step("Unit and database tests (PostgreSQL)", "test:unit", { ...sqliteEnv, TEST_DATABASE_URL: server });
  const e2eDatabase = withDatabase(server, `safeguarding_e2e_${process.pid}`);
  try {
    step("End-to-end tests (PostgreSQL)", "test:e2e", {
      ...sqliteEnv,
      TEST_DATABASE_URL: server,
      E2E_DATABASE_URL: e2eDatabase,
    });
  } finally {
    await dropDatabase(e2eDatabase);
  }
}

function printTimings(): void {
  console.log("\nTime per step:");
  for (const t of timings) console.log(`  ${minutes(t.ms).padStart(9)}  ${t.passed ? " " : "✗"} ${t.title}`);
  console.log(`  ${minutes(Date.now() - runStarted).padStart(9)}    in all`);
}

try {
  await runAll();
  printTimings();
  console.log("\n✓ All tests passed.");
} catch (error) {
  printTimings();
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
