// Shared by the e2e server and the tests' own database access: one throwaway database per run.
// TEST_DATABASE_URL runs the same tests on PostgreSQL: npm test sets E2E_DATABASE_URL to a database it creates.
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
/**
 * How many hostile payloads the fuzz specs send to each endpoint or action: 250 on the embedded default, 100 on the
 * second database (PostgreSQL), where the same code paths run and time is dearer. Down from 500 and 200 to keep
 * the whole CI run under 30 minutes (issue 19) as the number of actions grew past seventy: each payload is drawn
 * from e2e/fuzz-payloads.ts's few dozen fragments and kinds of value, so 250 a target still sends every one of them
 * many times over, to every field, from each kind of caller (with a fixed seed, so a failure replays).
 */
export const FUZZ_COUNT = /^postgres(ql)?:/.test(E2E_DATABASE_URL) ? 100 : 250;
export const E2E_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
