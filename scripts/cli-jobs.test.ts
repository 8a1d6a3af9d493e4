import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");

/** Runs a job as cron would: its own process, the given environment, the repository as working directory. */
async function job(script: string, env: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
  const base: Record<string, string | undefined> = { ...process.env, ...env };
  if (!("NEXTAUTH_URL" in env)) delete base.NEXTAUTH_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "--conditions=react-server", script], {
      cwd: root,
      env: base as NodeJS.ProcessEnv,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe("npm run reminders", () => {
  it("refuses to run without NEXTAUTH_URL rather than email links to localhost, and says what to set", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reminders-"));
    const database = path.join(dir, "app.db");
    fs.writeFileSync(database, "");
    const { code, out } = await job("scripts/reminders.ts", { DATABASE_URL: `file:${database}` });
    expect(code).toBe(1);
    expect(out).toContain("Reminders failed: NEXTAUTH_URL is not set");
    expect(out).not.toMatch(/\n\s+at /); // one clear line, no stack trace
  }, 30_000);

  it("names a missing database instead of creating an empty one", async () => {
    const missing = path.join(os.tmpdir(), `missing-${process.pid}.db`);
    const { code, out } = await job("scripts/send-email.ts", { DATABASE_URL: `file:${missing}` });
    expect(code).toBe(1);
    expect(out).toContain(`Sending email failed: No database at ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
  }, 30_000);
});
