// Proves the seeded Enrolment rows are what the app itself would compute: runs the app's
// refreshEnrolment on a sample of learners inside a transaction, compares, and rolls back.
// Needs `tsx --conditions=react-server` (lib/ modules import "server-only").
import { createPrismaClient } from "../lib/db/create-client";
import { refreshEnrolment } from "../lib/enrolments/refresh";
import { loadCourse } from "../lib/course/load";

const FIELDS = [
  "modulesPassed",
  "lastActivityAt",
  "completedAt",
  "validUntil",
  "certificateNumber",
  "scorePercent",
  "dueAt",
] as const;
class Rollback extends Error {}

/** Mismatching fields across a sample of learners spread through the database (empty when consistent). */
export async function checkSeededEnrolments(url: string, sample = 300): Promise<string[]> {
  const course = loadCourse(undefined, null).course!;
  const db = createPrismaClient(url);
  const problems: string[] = [];
  try {
    const total = await db.enrolment.count();
    const step = Math.max(1, Math.floor(total / sample));
    const rows = await db.enrolment.findMany({ orderBy: { id: "asc" }, select: { userId: true } });
    const userIds = rows.filter((_, i) => i % step === 0).map((r) => r.userId);
    await db
      .$transaction(
        async (tx) => {
          const now = new Date();
          for (const userId of userIds) {
            const key = { userId_courseId: { userId, courseId: course.id } };
            const before = await tx.enrolment.findUniqueOrThrow({ where: key });
            await refreshEnrolment(tx, userId, course.id, now);
            const after = await tx.enrolment.findUniqueOrThrow({ where: key });
            for (const f of FIELDS) {
              if (String(before[f]?.valueOf() ?? null) !== String(after[f]?.valueOf() ?? null))
                problems.push(`${userId}.${f}: seeded ${String(before[f])}, app ${String(after[f])}`);
            }
          }
          throw new Rollback();
        },
        { timeout: 120_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  } finally {
    await db.$disconnect();
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await checkSeededEnrolments(process.env.DATABASE_URL ?? "file:./data/bench.db");
  console.log(
    problems.length ? problems.slice(0, 20).join("\n") : "Seeded enrolments match the app's own refreshEnrolment.",
  );
  process.exitCode = problems.length ? 1 : 0;
}
