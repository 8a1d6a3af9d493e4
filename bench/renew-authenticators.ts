// For --no-seed runs: the staff's authenticators in the reused database were sealed with an earlier run's server
// secret, which this run's server does not have (a fresh one each run).
import { BENCH_ORG_SLUG_PREFIX, type TBenchDatabase } from "./config";
import { openBenchWriter } from "./database";
import { sealedBenchAuthenticator } from "./staff-authenticators";

/**
 * Seals every benchmark staff member's secret again with this run's server secret, and forgets the step of their
 * last code. Touches only the staff of benchmark organisations; run before the server starts. Returns how many.
 */
export async function renewStaffAuthenticators(database: TBenchDatabase, serverSecret: string): Promise<number> {
  const db = await openBenchWriter(database);
  try {
    const staff = await db.all<{ id: string; email: string }>(
      `SELECT u."id", u."email" FROM "User" u JOIN "Organisation" o ON o."id" = u."organisationId" WHERE u."role" IN ('TRAINER', 'ADMIN') AND o."slug" LIKE ?`,
      [`${BENCH_ORG_SLUG_PREFIX}%`],
    );
    const now = new Date();
    for (const person of staff)
      await db.run(
        `UPDATE "User" SET "totpSecret" = ?, "totpEnabledAt" = ?, "totpPendingSecret" = NULL, "totpLastStep" = NULL WHERE "id" = ?`,
        [sealedBenchAuthenticator(person.email, serverSecret), now, person.id],
      );
    return staff.length;
  } finally {
    await db.close();
  }
}
