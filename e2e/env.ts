// Shared by the e2e server and the tests' own database access: one throwaway database per run.
// TEST_DATABASE_URL runs the same tests on PostgreSQL: npm test sets E2E_DATABASE_URL to a database it creates.
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
/**
 * How many hostile payloads the fuzz specs send to each endpoint or action: the full count on the embedded
 * default, fewer on the second database (PostgreSQL), where the same code paths run and time is dearer. 500 each
 * (down from 1000 as the number of actions grew) keeps the whole CI run inside its time budget; a few hundred
 * payloads already send every fragment and kind of value in e2e/fuzz-payloads.ts many times over.
 */
export const FUZZ_COUNT = /^postgres(ql)?:/.test(E2E_DATABASE_URL) ? 200 : 500;
export const E2E_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
