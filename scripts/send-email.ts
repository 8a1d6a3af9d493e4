// `npm run email:send`: delivers every queued email that is due: new ones, and those an email server refused
// or could not be reached for, once their back-off has passed (see lib/email/delivery-schedule.ts). Each is
// claimed before sending, so running this beside the app, or twice at once, never sends a message twice.
// Also drops stored links that have expired. Safe to run as often as you like, e.g. cron every 5 minutes:
//
//   */5 * * * * cd /srv/app && DATABASE_URL=file:./data/app.db SMTP_URL=smtp://… npm run email:send >> data/email.log 2>&1
//
// NEXTAUTH_SECRET must be the app's (it opens the sealed links). Without SMTP_URL, messages are held in
// the administrators' outbox. Exits 0 when the run completed (messages may still be waiting to retry), 1 on failure.
import { runCliJob } from "./cli-env";

async function main(): Promise<string> {
  // Imported after the environment is prepared: the database client reads it when loaded.
  const [{ db }, { deliverDueEmails }] = await Promise.all([import("../lib/db/client"), import("../lib/email/send")]);
  try {
    const r = await deliverDueEmails();
    return `Email: ${r.sent} sent, ${r.held} held in the outbox, ${r.retrying} to retry later, ${r.failed} failed.`;
  } finally {
    await db.$disconnect();
  }
}

await runCliJob("Sending email", main);
