// Shared by the e2e server and the tests' own database access: one throwaway database per run.
export const E2E_DATABASE_URL = "file:./data/e2e.db";
export const E2E_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
