// `npm run email:send`: delivers every queued email that is due: new ones, and those an email server refused
// or could not be reached for, once their back-off has passed (see lib/email/delivery-schedule.ts). Each is
// claimed before sending, so running this beside the app, or twice at once, never sends a message twice.
// Also drops stored links that have expired. Safe to run as often as you like, e.g. cron every 5 minutes:
//
//   */5 * * * * cd /srv/app && DATABASE_URL=file:./data/app.db SMTP_URL=smtp://… npm run email:send >> data/email.log 2>&1
//
// NEXTAUTH_SECRET must be the app's (it opens the sealed links). Without SMTP_URL, messages are held in
// the administrators' outbox. Exits 0 when the run completed (messages may still be waiting to retry), 1 on failure.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";

process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
process.env.CHECKPOINT_DISABLE = "1";

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.at(-1) ?? error.name;
}

async function main(): Promise<string> {
  const databaseUrl = process.env.DATABASE_URL!;
  if (databaseUrl.startsWith("file:")) {
    const file = path.resolve(databaseUrl.slice("file:".length));
    if (!fs.existsSync(file)) throw new Error(`No database at ${file}: start the app once (npm start) or run npm run db:migrate.`);
  }
  if (!process.env.NEXTAUTH_SECRET && fs.existsSync(path.join("data", ".nextauth-secret")))
    process.env.NEXTAUTH_SECRET = fs.readFileSync(path.join("data", ".nextauth-secret"), "utf8").trim();
  // Imported after the environment is prepared: the database client reads it when loaded.
  const [{ db }, { deliverDueEmails }] = await Promise.all([import("../lib/db/client"), import("../lib/email/send")]);
  try {
    const r = await deliverDueEmails();
    return `Email: ${r.sent} sent, ${r.held} held in the outbox, ${r.retrying} to retry later, ${r.failed} failed.`;
  } finally {
    await db.$disconnect();
  }
}

try {
  console.log(await main());
  process.exit(0);
} catch (error) {
  console.error(`Sending email failed: ${describe(error)}`);
  process.exit(1);
}
