import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real database: idempotency and the one-transaction rule are properties of the data layer.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attempts-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.NEXTAUTH_SECRET = "unit-test-secret-0123456789abcdef0123456789";

type TLib = {
  db: typeof import("../db/client").db;
  recordQuizAttempt: typeof import("./attempts").recordQuizAttempt;
  createSubmissionToken: typeof import("./submission-token").createSubmissionToken;
  course: import("../course/types").TCourse;
};
let lib: TLib;
let actor: import("../auth/current-user").TActor;

beforeAll(async () => {
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  const [{ db }, { recordQuizAttempt }, { createSubmissionToken }, { getCourse }] = await Promise.all([
    import("../db/client"), import("./attempts"), import("./submission-token"), import("../course"),
  ]);
  lib = { db, recordQuizAttempt, createSubmissionToken, course: getCourse() };
  const org = await db.organisation.create({ data: { name: "Test", slug: "test" } });
  const user = await db.user.create({ data: { email: "l@test.example", name: "L", organisationId: org.id } });
  actor = { id: user.id, name: "L", email: user.email, role: "LEARNER", organisationId: org.id };
});

afterAll(async () => {
  await lib?.db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

function answersFor(mode: "right" | "wrong") {
  const mod = lib.course.modules[0]!;
  return Object.fromEntries(mod.quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct === (mode === "right")).slice(0, mode === "right" ? undefined : 1).map((o) => o.id)]));
}

describe("recordQuizAttempt", () => {
  it("stores one attempt for a submission sent twice, even at the same moment", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const token = lib.createSubmissionToken(actor.id, moduleId, process.env.NEXTAUTH_SECRET!);
    const input = { moduleId, token, answers: answersFor("right") };
    const results = await Promise.all([lib.recordQuizAttempt(actor, input), lib.recordQuizAttempt(actor, input), lib.recordQuizAttempt(actor, input)]);
    const ids = new Set(results.map((r) => (r.ok ? r.attemptId : "failed")));
    expect(ids.size).toBe(1);
    expect(ids.has("failed")).toBe(false);
    expect(await lib.db.quizAttempt.count({ where: { userId: actor.id } })).toBe(1);
    const progress = await lib.db.moduleProgress.findFirstOrThrow({ where: { userId: actor.id, moduleId } });
    expect(progress).toMatchObject({ status: "PASSED", bestScore: 100, attemptCount: 1 });
  });

  it("keeps a module passed and its best score when a later attempt fails", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const token = lib.createSubmissionToken(actor.id, moduleId, process.env.NEXTAUTH_SECRET!);
    const result = await lib.recordQuizAttempt(actor, { moduleId, token, answers: answersFor("wrong") });
    expect(result.ok).toBe(true);
    const progress = await lib.db.moduleProgress.findFirstOrThrow({ where: { userId: actor.id, moduleId } });
    expect(progress).toMatchObject({ status: "PASSED", bestScore: 100, attemptCount: 2 });
  });

  it("rejects incomplete answers and a forged token without writing anything", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const before = await lib.db.quizAttempt.count();
    const token = lib.createSubmissionToken(actor.id, moduleId, process.env.NEXTAUTH_SECRET!);
    const incomplete = await lib.recordQuizAttempt(actor, { moduleId, token, answers: {} });
    expect(incomplete).toMatchObject({ ok: false, message: "Please answer every question before submitting." });
    const forged = await lib.recordQuizAttempt(actor, { moduleId, token: lib.createSubmissionToken(actor.id, moduleId, "another-secret-0123456789abcdef012345"), answers: answersFor("right") });
    expect(forged).toMatchObject({ ok: false });
    expect(await lib.db.quizAttempt.count()).toBe(before);
  });
});
