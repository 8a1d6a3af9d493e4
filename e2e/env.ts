// Shared by the e2e server and the tests' own database access: one throwaway database per run.
// TEST_DATABASE_URL runs the same tests on PostgreSQL: npm test sets E2E_DATABASE_URL to a database it creates.
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
/**
 * How many hostile payloads the fuzz specs send to each endpoint or action: the full count on the embedded
 * default, fewer on the second database (PostgreSQL), where the same code paths run and time is dearer.
 */
export const FUZZ_COUNT = /^postgres(ql)?:/.test(E2E_DATABASE_URL) ? 300 : 1000;
export const E2E_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
