// Who the load generator acts as, picked from the seeded database (read-only, beside the server).
import Database from "better-sqlite3";
import { ADMIN_EMAIL, BENCH_ORG_SLUG_PREFIX, BIG_ORG_TRAINER_EMAIL } from "./config";
import { sqliteDate } from "./ids";

export type TAccount = { id: string; email: string };

export function openReadOnly(file: string): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 10000");
  return sqlite;
}

/** Learners in a given state, spread over the organisations (ordered by the random part of their id: the same each run). */
function learners(sqlite: Database.Database, where: string, limit: number, skip: number): TAccount[] {
  const now = sqliteDate(Date.now());
  return sqlite
    .prepare(`SELECT u.id, u.email FROM "User" u JOIN "Enrolment" e ON e.userId = u.id WHERE u.role = 'LEARNER' AND e.validUntil IS NULL AND e.dueAt > ? AND ${where} ORDER BY substr(u.id, 14) LIMIT ? OFFSET ?`)
    .all(now, limit, skip) as TAccount[];
}

export function pickAccounts(sqlite: Database.Database) {
  const bigOrg = sqlite.prepare(`SELECT id FROM "Organisation" WHERE slug = ?`).get(`${BENCH_ORG_SLUG_PREFIX}00`) as { id: string } | undefined;
  if (!bigOrg) throw new Error("the benchmark database has no benchmark organisations: run without --no-seed");
  return {
    /** Learners part-way through the course read lessons. */
    readers: learners(sqlite, "e.lastActivityAt IS NOT NULL", 50, 0),
    /** Learners who have not started take quizzes from the first module on. */
    quizTakers: learners(sqlite, "e.lastActivityAt IS NULL", 50, 0),
    trainerEmail: BIG_ORG_TRAINER_EMAIL,
    adminEmail: ADMIN_EMAIL,
    bigOrganisationId: bigOrg.id,
    organisationIds: (sqlite.prepare(`SELECT id FROM "Organisation" ORDER BY slug`).all() as { id: string }[]).map((r) => r.id),
    /** People of the big organisation with a current certificate, for the PDFs. */
    certificateHolders: sqlite
      .prepare(`SELECT userId AS id, certificateNumber AS number FROM "Enrolment" WHERE organisationId = ? AND certificateNumber IS NOT NULL ORDER BY userId LIMIT 500`)
      .all(bigOrg.id) as { id: string; number: string }[],
  };
}

export type TAccounts = ReturnType<typeof pickAccounts>;

/** Every stored attempt id of these learners: counted after the submission test. */
export function storedAttemptIds(sqlite: Database.Database, userIds: string[]): string[] {
  const rows = sqlite.prepare(`SELECT id FROM "QuizAttempt" WHERE userId IN (${userIds.map(() => "?").join(",")})`).all(...userIds) as { id: string }[];
  return rows.map((r) => r.id);
}
