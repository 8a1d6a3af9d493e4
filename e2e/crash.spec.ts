import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { prepareDatabase } from "../scripts/prepare-db";
import { E2E_SECRET } from "./env";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";

const PORT = 3301;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const DB_FILE = "data/e2e-crash.db";

function startServer(): ChildProcess {
  // Its own process group, so the kill reaches next's worker too.
  return spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: `file:./${DB_FILE}`, NEXTAUTH_SECRET: E2E_SECRET, NEXTAUTH_URL: URL_BASE },
    stdio: "ignore",
    detached: true,
  });
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${URL_BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

test("killing the server in the middle of a burst of writes loses no acknowledged write", async ({ course }) => {
  test.setTimeout(180_000);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DB_FILE + suffix, { force: true });
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:./${DB_FILE}`;
  await prepareDatabase({ seed: false });
  process.env.DATABASE_URL = previousUrl;
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:./${DB_FILE}` }) });
  const org = await db.organisation.create({ data: { name: "Crash School", slug: "crash" } });
  const passwordHash = await hashPassword("crash test password");
  const learners = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
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
  // The quiz opens once its module's lessons have been opened.
  const firstModule = course.modules[0]!;
  for (const learner of learners)
    for (const lesson of firstModule.lessons)
      await db.lessonView.create({
        data: { userId: learner.id, courseId: course.id, moduleId: firstModule.id, lessonId: lesson.id },
      });
  await db.$disconnect();

  let server = startServer();
  await waitForHealth();
  const acknowledged: string[] = [];
  const m = course.modules[0]!;
  const answers = Object.fromEntries(m.quiz.questions.map((q) => [q.id, [q.options.find((o) => o.correct)!.id]]));
  let stop = false;
  const workers = learners.map(async (learner) => {
    const api = await signInOverHttp(URL_BASE, learner.email, "crash test password");
    while (!stop) {
      try {
        const quiz = (await (await api.get(`/api/modules/${m.id}/quiz`)).json()) as {
          token: string;
          questions: { id: string; type: string }[];
        };
        const body = Object.fromEntries(
          quiz.questions.map((q) => [
            q.id,
            q.type === "multiple"
              ? m.quiz.questions
                  .find((x) => x.id === q.id)!
                  .options.filter((o) => o.correct)
                  .map((o) => o.id)
              : answers[q.id]!,
          ]),
        );
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
  process.kill(-server.pid!, "SIGKILL");
  stop = true;
  await Promise.all(workers);
  expect(acknowledged.length).toBeGreaterThan(20);

  server = startServer();
  await waitForHealth();
  try {
    const sqlite = new Database(DB_FILE, { readonly: true });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set((sqlite.prepare("SELECT id FROM QuizAttempt").all() as { id: string }[]).map((r) => r.id));
    sqlite.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // And the restarted server serves again.
    expect((await fetch(`${URL_BASE}/api/health`)).status).toBe(200);
  } finally {
    process.kill(-server.pid!, "SIGKILL");
  }
});
