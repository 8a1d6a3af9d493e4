// `npm run reminders`: emails learners before their due date or certificate expiry (30, 7 and 1 days
// before), once overdue (with one digest per trainer), and when a certificate lapses. Each stage is
// sent once and recorded, so it is safe to run as often as you like; once a day suits, e.g. cron:
//
//   0 7 * * * cd /srv/app && DATABASE_URL=file:./data/app.db NEXTAUTH_URL=https://training.example.org npm run reminders >> data/reminders.log 2>&1
//
// NEXTAUTH_URL (the site's public address, as the app has it) is required: the emails' links are built from
// it, and the job refuses to run without it. Set SMTP_URL to send the emails; without it they wait in the
// administrators' outbox. Exits 0 on success, 1 on failure.
//
// The package script runs this with Node's "react-server" export condition, under which the
// `server-only` guard in the library code resolves to its empty module (as in Next's server build).
import { publicUrlProblem } from "../lib/security/public-url";
import { runCliJob } from "./cli-env";

async function main(): Promise<string> {
  // Links in reminders are built from NEXTAUTH_URL alone: guessing (localhost) would send people dead links.
  const urlProblem = publicUrlProblem(process.env.NEXTAUTH_URL);
  if (urlProblem)
    throw new Error(
      `${urlProblem} For the demo on this computer: NEXTAUTH_URL=http://localhost:3000 npm run reminders`,
    );
  // Imported after the environment is prepared: the database client reads it when loaded.
  const [
    { db },
    { getDefaultCourse },
    { publicBaseUrl },
    { runReminders },
    { deleteStaleImportPreviews },
    { deleteOldSignIns },
  ] = await Promise.all([
    import("../lib/db/client"),
    import("../lib/course"),
    import("../lib/env"),
    import("../lib/reminders/run"),
    import("../lib/imports/retention"),
    import("../lib/auth/sign-in-history-retention"),
  ]);
  try {
    const course = getDefaultCourse();
    const result = await runReminders(db, {
      now: new Date(),
      baseUrl: publicBaseUrl(),
      courseId: course.id,
      courseTitle: course.title,
    });
    // The daily housekeeping rides on the daily job, so staff lists are not kept when no one uploads another.
    const previewsDeleted = await deleteStaleImportPreviews(db);
    const signInsDeleted = await deleteOldSignIns(db);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    return `Reminders: checked ${plural(result.learnersChecked, "learner")}, sent ${plural(result.remindersSent, "reminder")} and ${plural(result.trainerDigests, "trainer digest")}; deleted ${plural(previewsDeleted, "old import preview")} and ${plural(signInsDeleted, "old sign-in record")}.`;
  } finally {
    await db.$disconnect();
  }
}

await runCliJob("Reminders", main);
