// `npm run reminders`: emails learners before their due date or certificate expiry (30, 7 and 1 days
// before), once overdue (with one digest per trainer), and when a certificate lapses. Each stage is
// sent once and recorded, so it is safe to run as often as you like; once a day suits, e.g. cron:
//
//   0 7 * * * cd /srv/app && DATABASE_URL=file:./data/app.db NEXTAUTH_URL=https://training.example.org npm run reminders >> data/reminders.log 2>&1
//
// Set NEXTAUTH_URL (the site's public address) for the links, and SMTP_URL to send the emails;
// without SMTP_URL they wait in the administrators' outbox. Exits 0 on success, 1 on failure.
//
// The package script runs this with Node's "react-server" export condition, under which the
// `server-only` guard in the library code resolves to its empty module (as in Next's server build).
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";

process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.CHECKPOINT_DISABLE = "1";

/** The first useful line of an error, without a stack trace (Prisma's messages end with the cause). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.split("\n").map((l) => l.trim()).filter(Boolean);
  const missingTable = "code" in error && error.code === "P2021";
  return `${lines.at(-1) ?? error.name}${missingTable ? " Run npm run db:migrate to bring the database up to date." : ""}`;
}

async function main(): Promise<string> {
  const databaseUrl = process.env.DATABASE_URL!;
  if (databaseUrl.startsWith("file:")) {
    const file = path.resolve(databaseUrl.slice("file:".length));
    if (!fs.existsSync(file)) throw new Error(`No database at ${file}: start the app once (npm start) or run npm run db:migrate.`);
  }
  // The app's secret opens the sealed links of emails this run retries (npm start keeps the demo's here).
  if (!process.env.NEXTAUTH_SECRET && fs.existsSync(path.join("data", ".nextauth-secret")))
    process.env.NEXTAUTH_SECRET = fs.readFileSync(path.join("data", ".nextauth-secret"), "utf8").trim();
  // Imported after the environment is prepared: the database client reads it when loaded.
  const [{ db }, { getCourse }, { publicBaseUrl }, { runReminders }] = await Promise.all([
    import("../lib/db/client"), import("../lib/course"), import("../lib/env"), import("../lib/reminders/run"),
  ]);
  try {
    const course = getCourse();
    const result = await runReminders(db, { now: new Date(), baseUrl: publicBaseUrl(), courseId: course.id, courseTitle: course.title });
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    return `Reminders: checked ${plural(result.learnersChecked, "learner")}, sent ${plural(result.remindersSent, "reminder")} and ${plural(result.trainerDigests, "trainer digest")}.`;
  } finally {
    await db.$disconnect();
  }
}

try {
  console.log(await main());
  process.exit(0);
} catch (error) {
  console.error(`Reminders failed: ${describe(error)}`);
  process.exit(1);
}
