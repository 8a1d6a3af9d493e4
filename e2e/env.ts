// Shared by the e2e server and the tests' own database access: one throwaway database per run.
// TEST_DATABASE_URL runs the same tests on PostgreSQL: npm test sets E2E_DATABASE_URL to a database it creates.
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const E2E_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
