// What the command-line jobs (`npm run reminders`, `npm run email:send`) share: the database and secret
// the app uses, a check that the database exists, and one clear line instead of a stack trace on failure.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";

/** Call before importing the database client: it reads DATABASE_URL when loaded. */
export function prepareCliEnvironment(): void {
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  process.env.CHECKPOINT_DISABLE = "1";
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl.startsWith("file:")) {
    const file = path.resolve(databaseUrl.slice("file:".length));
    if (!fs.existsSync(file))
      throw new Error(`No database at ${file}: start the app once (npm start) or run npm run db:migrate.`);
  }
  // The app's secret opens the sealed links of queued emails (npm start keeps the demo's here).
  if (!process.env.NEXTAUTH_SECRET && fs.existsSync(path.join("data", ".nextauth-secret")))
    process.env.NEXTAUTH_SECRET = fs.readFileSync(path.join("data", ".nextauth-secret"), "utf8").trim();
}

/** The first useful line of an error, without a stack trace (Prisma's messages end with the cause). */
export function describeCliError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const missingTable = "code" in error && error.code === "P2021";
  return `${lines.at(-1) ?? error.name}${missingTable ? " Run npm run db:migrate to bring the database up to date." : ""}`;
}

/** Runs a job, prints its one-line result, and exits 0 on success or 1 with "<what> failed: <reason>". */
export async function runCliJob(what: string, job: () => Promise<string>): Promise<never> {
  try {
    prepareCliEnvironment();
    console.log(await job());
    process.exit(0);
  } catch (error) {
    console.error(`${what} failed: ${describeCliError(error)}`);
    process.exit(1);
  }
}
