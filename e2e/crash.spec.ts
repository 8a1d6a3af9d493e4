import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import type { TCourse } from "../lib/course/types";
import { prepareDatabase } from "../scripts/prepare-db";
import { startAppInstance, type TAppInstance } from "./app-instance";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";
import { rightAnswersByQuestion } from "./quiz-helpers";

const PORT = 3301;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const DB_FILE = "data/e2e-crash.db";
const DB_URL = `file:./${DB_FILE}`;

// The instance a test started, stopped after it even when the test times out (a finally block would not run then).
let running: TAppInstance | undefined;
test.afterEach(() => running?.kill("SIGKILL"));

/** A fresh database with `count` learners who have opened the first module's lessons (the quiz then opens). */
async function freshDatabaseWithLearners(course: TCourse, count: number) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DB_FILE + suffix, { force: true });
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = DB_URL;
  await prepareDatabase({ seed: false });
  process.env.DATABASE_URL = previousUrl;
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: DB_URL }) });
  const org = await db.organisation.create({ data: { name: "Crash School", slug: "crash" } });
  const passwordHash = await hashPassword("crash test password");
  const learners = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      db.user.create({
        data: {
          email: `crash${i}@e2e.example`,
          name: `Crash ${i}`,
          searchName: `crash ${i}`,
          organisationId: org.id,
          passwordHash,
        },
      }),
    ),
  );
  const firstModule = course.modules[0]!;
  for (const learner of learners)
    for (const lesson of firstModule.lessons)
      await db.lessonView.create({
        data: { userId: learner.id, courseId: course.id, moduleId: firstModule.id, lessonId: lesson.id },
      });
  await db.$disconnect();
  return learners;
}

/** Attempt ids the server acknowledged that are not in the database file. */
function acknowledgedButMissing(acknowledged: string[]): string[] {
  const sqlite = new Database(DB_FILE, { readonly: true });
  try {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set((sqlite.prepare("SELECT id FROM QuizAttempt").all() as { id: string }[]).map((r) => r.id));
    return acknowledged.filter((id) => !stored.has(id));
  } finally {
    sqlite.close();
  }
}

/** The promise's value, or a rejection after `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);
}

/** The process ids of the server processes the primary (scripts/serve.ts) runs. */
function serverProcesses(primaryPid: number): number[] {
  const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(primaryPid)], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
}

test("killing the server in the middle of a burst of writes loses no acknowledged write", async ({ course }) => {
  test.setTimeout(180_000);
  const learners = await freshDatabaseWithLearners(course, 20);
  let server = (running = await startAppInstance(PORT, DB_URL));
  const acknowledged: string[] = [];
  const m = course.modules[0]!;
  const right = rightAnswersByQuestion([m]);
  let stop = false;
  // Everyone signs in before the burst, so that no sign-in is cut off by the kill.
  const apis = await Promise.all(learners.map((l) => signInOverHttp(URL_BASE, l.email, "crash test password")));
  const workers = apis.map(async (api) => {
    while (!stop) {
      try {
        const quiz = (await (await api.get(`/api/modules/${m.id}/quiz`)).json()) as {
          token: string;
          questions: { id: string }[];
        };
        const body = Object.fromEntries(quiz.questions.map((q) => [q.id, right.get(q.id)!]));
        const response = await api.post(`/api/modules/${m.id}/attempts`, {
          data: { token: quiz.token, answers: body },
          timeout: 5000,
        });
        if (response.status() === 201) acknowledged.push(((await response.json()) as { attemptId: string }).attemptId);
      } catch {
        break; // the server is gone
      }
    }
    await api.dispose().catch(() => undefined);
  });

  // Let the burst get going (however busy the machine is), then kill the server without warning.
  for (let waited = 0; acknowledged.length <= 30 && waited < 90_000; waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  server.kill("SIGKILL");
  stop = true;
  await Promise.all(workers);
  expect(acknowledged.length).toBeGreaterThan(20);

  server = running = await startAppInstance(PORT, DB_URL);
  try {
    expect(acknowledgedButMissing(acknowledged)).toEqual([]);
    // And the restarted server serves again.
    expect((await fetch(`${URL_BASE}/api/health`)).status).toBe(200);
  } finally {
    server.kill("SIGKILL");
  }
});

test("a server process that dies in the middle of a burst is replaced, the others keep serving, and no acknowledged write is lost", async ({
  course,
}) => {
  test.setTimeout(180_000);
  const learners = await freshDatabaseWithLearners(course, 20);
  const server = (running = await startAppInstance(PORT, DB_URL, 2));
  try {
    const primary = server.process.pid!;
    const before = serverProcesses(primary);
    expect(before).toHaveLength(2);

    const m = course.modules[0]!;
    const right = rightAnswersByQuestion([m]);
    const acknowledged: string[] = [];
    let failures = 0;
    let stop = false;
    const apis = await Promise.all(learners.map((l) => signInOverHttp(URL_BASE, l.email, "crash test password")));
    const workers = apis.map(async (api) => {
      while (!stop) {
        try {
          // Every step bounded: a request the killed process held must fail, not wait for ever.
          const quiz = (await within(
            5000,
            api.get(`/api/modules/${m.id}/quiz`, { timeout: 5000 }).then((r) => r.json()),
          )) as { token: string; questions: { id: string }[] };
          const body = Object.fromEntries(quiz.questions.map((q) => [q.id, right.get(q.id)!]));
          const attempt = await within(
            5000,
            api
              .post(`/api/modules/${m.id}/attempts`, { data: { token: quiz.token, answers: body }, timeout: 5000 })
              .then(async (r) => ({ status: r.status(), json: (await r.json()) as { attemptId: string } })),
          );
          if (attempt.status === 201) acknowledged.push(attempt.json.attemptId);
        } catch {
          failures++; // a request the killed process was holding: the learner tries again, as a browser would
        }
      }
      await api.dispose().catch(() => undefined);
    });

    for (let waited = 0; acknowledged.length <= 30 && waited < 60_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    process.kill(before[0]!, "SIGKILL");
    const atKill = acknowledged.length;
    // The site keeps answering on the surviving process while the primary starts a replacement.
    for (let waited = 0; acknowledged.length < atKill + 20 && waited < 60_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(atKill + 20);

    // A replacement took the dead process's place.
    await expect.poll(() => serverProcesses(primary).length, { timeout: 30_000 }).toBe(2);
    expect(serverProcesses(primary)).not.toContain(before[0]);
    expect(acknowledgedButMissing(acknowledged)).toEqual([]);
    expect((await fetch(`${URL_BASE}/api/health`)).status).toBe(200);
    test.info().annotations.push({ type: "requests cut off by the kill", description: String(failures) });
  } finally {
    server.kill("SIGKILL");
  }
});
