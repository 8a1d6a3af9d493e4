import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";
import { questionHash } from "./wording";
import { attemptRefusalMessage } from "./refusal-message";

// A real database: idempotency and the one-transaction rule are properties of the data layer.
const database = testDatabase("attempts");

type TLib = {
  db: typeof import("../db/client").db;
  recordQuizAttempt: typeof import("./attempts").recordQuizAttempt;
  createSubmissionToken: typeof import("./submission-token").createSubmissionToken;
  course: import("../course/types").TCourse;
};
let lib: TLib;
let actor: import("../auth/current-user").TActor;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, { recordQuizAttempt }, { createSubmissionToken }, { getDefaultCourse }] = await Promise.all([
    import("../db/client"),
    import("./attempts"),
    import("./submission-token"),
    import("../course"),
  ]);
  lib = { db, recordQuizAttempt, createSubmissionToken, course: getDefaultCourse() };
  const org = await db.organisation.create({ data: { name: "Test", slug: "test" } });
  const user = await db.user.create({ data: { email: "l@test.example", name: "L", organisationId: org.id } });
  actor = { id: user.id, name: "L", email: user.email, role: "LEARNER", organisationId: org.id };
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

function answersFor(mode: "right" | "wrong", moduleIndex = 0) {
  const mod = lib.course.modules[moduleIndex]!;
  return Object.fromEntries(
    mod.quiz.questions.map((q) => [
      q.id,
      q.options
        .filter((o) => o.correct === (mode === "right"))
        .slice(0, mode === "right" ? undefined : 1)
        .map((o) => o.id),
    ]),
  );
}

/** A form asking the whole bank: these tests answer every question. */
const bank = (moduleId: string) => lib.course.modules.find((m) => m.id === moduleId)!.quiz.questions;

describe("recordQuizAttempt", () => {
  it("stores one attempt for a submission sent twice, even at the same moment", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const token = lib.createSubmissionToken(
      actor.id,
      lib.course.id,
      moduleId,
      bank(moduleId),
      process.env.NEXTAUTH_SECRET!,
    );
    const input = { moduleId, token, answers: answersFor("right") };
    const results = await Promise.all([
      lib.recordQuizAttempt(actor, lib.course, input),
      lib.recordQuizAttempt(actor, lib.course, input),
      lib.recordQuizAttempt(actor, lib.course, input),
    ]);
    const ids = new Set(results.map((r) => (r.ok ? r.attemptId : "failed")));
    expect(ids.size).toBe(1);
    expect(ids.has("failed")).toBe(false);
    // Each copy is told the one attempt's result, as the API answers it.
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    for (const r of results) expect(r).toMatchObject({ ok: true, scorePercent: 100, passed: true });
    expect(await lib.db.quizAttempt.count({ where: { userId: actor.id } })).toBe(1);
    const progress = await lib.db.moduleProgress.findFirstOrThrow({ where: { userId: actor.id, moduleId } });
    expect(progress).toMatchObject({ lastPassedAt: expect.any(Date), bestScore: 100, attemptCount: 1 });
  });

  it("keeps a module passed and its best score when a later attempt fails", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const passedAt = (await lib.db.moduleProgress.findFirstOrThrow({ where: { userId: actor.id, moduleId } }))
      .lastPassedAt;
    const token = lib.createSubmissionToken(
      actor.id,
      lib.course.id,
      moduleId,
      bank(moduleId),
      process.env.NEXTAUTH_SECRET!,
    );
    const result = await lib.recordQuizAttempt(actor, lib.course, { moduleId, token, answers: answersFor("wrong") });
    expect(result.ok).toBe(true);
    expect(
      (await lib.db.moduleProgress.findFirstOrThrow({ where: { userId: actor.id, moduleId } })).lastPassedAt,
    ).toEqual(passedAt);
    const progress = await lib.db.moduleProgress.findFirstOrThrow({ where: { userId: actor.id, moduleId } });
    expect(progress).toMatchObject({
      firstPassedAt: passedAt,
      lastPassedAt: passedAt,
      bestScore: 100,
      attemptCount: 2,
    });
    expect(result).toMatchObject({ passed: false, scorePercent: 0 });
  });

  it("scores exactly the questions the form asked, and refuses answers to others or a form whose question has left the bank", async () => {
    const mod = lib.course.modules[0]!;
    const askedQuestions = bank(mod.id).slice(0, 3);
    const asked = askedQuestions.map((q) => q.id);
    const secret = process.env.NEXTAUTH_SECRET!;
    const right = answersFor("right");
    const three = Object.fromEntries(asked.map((id) => [id, right[id]!]));
    const extra = await lib.recordQuizAttempt(actor, lib.course, {
      moduleId: mod.id,
      token: lib.createSubmissionToken(actor.id, lib.course.id, mod.id, askedQuestions, secret),
      answers: { ...three, [bank(mod.id)[3]!.id]: right[bank(mod.id)[3]!.id]! },
    });
    expect(extra).toMatchObject({ ok: false, problems: [{ code: "ANSWER_UNKNOWN_QUESTION" }] });
    const retired = { ...askedQuestions[0]!, id: "retired-question" };
    const gone = await lib.recordQuizAttempt(actor, lib.course, {
      moduleId: mod.id,
      token: lib.createSubmissionToken(actor.id, lib.course.id, mod.id, [...askedQuestions, retired], secret),
      answers: three,
    });
    expect(gone).toMatchObject({ ok: false, code: "QUIZ_UPDATED" });
    // A form shown before a release that reworded one of its questions cannot be scored against the new wording.
    const reworded = [
      { ...askedQuestions[0]!, prompt: `${askedQuestions[0]!.prompt} (old wording)` },
      ...askedQuestions.slice(1),
    ];
    const stale = await lib.recordQuizAttempt(actor, lib.course, {
      moduleId: mod.id,
      token: lib.createSubmissionToken(actor.id, lib.course.id, mod.id, reworded, secret),
      answers: three,
    });
    expect(stale).toMatchObject({ ok: false, code: "QUIZ_UPDATED" });
    const result = await lib.recordQuizAttempt(actor, lib.course, {
      moduleId: mod.id,
      token: lib.createSubmissionToken(actor.id, lib.course.id, mod.id, askedQuestions, secret),
      answers: three,
    });
    expect(result.ok).toBe(true);
    const row = await lib.db.quizAttempt.findUniqueOrThrow({ where: { id: result.ok ? result.attemptId : "" } });
    expect(row).toMatchObject({
      questionCount: 3,
      correctCount: 3,
      scorePercent: 100,
      courseVersion: lib.course.version,
    });
    expect(Object.keys(row.answers as object).sort()).toEqual([...asked].sort());
    // Each answer names the wording asked, and that wording is kept once, so the review survives a rewording.
    const first = mod.quiz.questions.find((q) => q.id === asked[0])!;
    const stored = (row.answers as Record<string, { v: string }>)[first.id]!;
    expect(stored.v).toBe(questionHash(first));
    const kept = await lib.db.questionSnapshot.findUniqueOrThrow({ where: { hash: stored.v } });
    expect(kept).toMatchObject({
      questionId: first.id,
      moduleId: mod.id,
      courseVersion: lib.course.version,
      question: { prompt: first.prompt },
    });
    const again = await lib.recordQuizAttempt(actor, lib.course, {
      moduleId: mod.id,
      token: lib.createSubmissionToken(actor.id, lib.course.id, mod.id, askedQuestions, secret),
      answers: three,
    });
    expect(again.ok).toBe(true);
    expect(await lib.db.questionSnapshot.count({ where: { questionId: first.id } })).toBe(1);
  });

  it("rejects incomplete answers and a forged token without writing anything", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const before = await lib.db.quizAttempt.count();
    const token = lib.createSubmissionToken(
      actor.id,
      lib.course.id,
      moduleId,
      bank(moduleId),
      process.env.NEXTAUTH_SECRET!,
    );
    const incomplete = await lib.recordQuizAttempt(actor, lib.course, { moduleId, token, answers: {} });
    expect(incomplete).toMatchObject({ ok: false, code: "QUIZ_ANSWER_EVERY_QUESTION" });
    const forged = await lib.recordQuizAttempt(actor, lib.course, {
      moduleId,
      token: lib.createSubmissionToken(
        actor.id,
        lib.course.id,
        moduleId,
        bank(moduleId),
        "another-secret-0123456789abcdef012345",
      ),
      answers: answersFor("right"),
    });
    expect(forged).toMatchObject({ ok: false });
    expect(await lib.db.quizAttempt.count()).toBe(before);
  });
});

describe("the organisation's wait between attempts", () => {
  it("refuses a new attempt after a failed one until the wait is over, but still answers a replay with its attempt", async () => {
    const org = await lib.db.organisation.create({ data: { name: "Waits", slug: "waits", quizRetakeWaitMinutes: 30 } });
    const user = await lib.db.user.create({ data: { email: "w@test.example", name: "W", organisationId: org.id } });
    const waiter = { id: user.id, name: "W", email: user.email, role: "LEARNER" as const, organisationId: org.id };
    const moduleId = lib.course.modules[0]!.id;
    const token = () =>
      lib.createSubmissionToken(waiter.id, lib.course.id, moduleId, bank(moduleId), process.env.NEXTAUTH_SECRET!);
    const failedToken = token();
    const earlierToken = token();
    const failed = await lib.recordQuizAttempt(waiter, lib.course, {
      moduleId,
      token: failedToken,
      answers: answersFor("wrong"),
    });
    expect(failed).toMatchObject({ ok: true, created: true });

    const tooSoon = await lib.recordQuizAttempt(waiter, lib.course, {
      moduleId,
      token: earlierToken,
      answers: answersFor("right"),
    });
    expect(tooSoon).toMatchObject({ ok: false, code: "QUIZ_RETAKE_WAIT" });
    if (!tooSoon.ok)
      expect(attemptRefusalMessage(tooSoon, new Date(), "en-GB").message).toContain("you can retake it from");
    expect(
      await lib.recordQuizAttempt(waiter, lib.course, { moduleId, token: failedToken, answers: answersFor("wrong") }),
    ).toMatchObject({ ok: true, created: false });
    expect(await lib.db.quizAttempt.count({ where: { userId: waiter.id } })).toBe(1);

    await lib.db.quizAttempt.updateMany({
      where: { userId: waiter.id },
      data: { submittedAt: new Date(Date.now() - 32 * 60_000) },
    });
    expect(
      await lib.recordQuizAttempt(waiter, lib.course, { moduleId, token: earlierToken, answers: answersFor("right") }),
    ).toMatchObject({ ok: true, created: true });
  });

  it("records one of several forms sent at the same moment and holds the rest to the wait", async () => {
    const org = await lib.db.organisation.create({ data: { name: "Burst", slug: "burst", quizRetakeWaitMinutes: 30 } });
    const user = await lib.db.user.create({ data: { email: "b@test.example", name: "B", organisationId: org.id } });
    const who = { id: user.id, name: "B", email: user.email, role: "LEARNER" as const, organisationId: org.id };
    const moduleId = lib.course.modules[0]!.id;
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        lib.recordQuizAttempt(who, lib.course, {
          moduleId,
          token: lib.createSubmissionToken(
            who.id,
            lib.course.id,
            moduleId,
            bank(moduleId),
            process.env.NEXTAUTH_SECRET!,
          ),
          answers: answersFor("wrong"),
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.ok ? [] : [r]));
    expect(refusals.map((r) => r.code)).toEqual(Array(3).fill("QUIZ_RETAKE_WAIT"));
    expect(refusals.map((r) => attemptRefusalMessage(r, new Date(), "en-GB").message)).toEqual(
      Array(3).fill(expect.stringContaining("you can retake it from")),
    );
    expect(await lib.db.quizAttempt.count({ where: { userId: who.id } })).toBe(1);
  });
});

describe("quiz forms", () => {
  it("refuses a form more than a day old, without recording anything", async () => {
    const moduleId = lib.course.modules[0]!.id;
    const before = await lib.db.quizAttempt.count({ where: { userId: actor.id } });
    const old = lib.createSubmissionToken(
      actor.id,
      lib.course.id,
      moduleId,
      bank(moduleId),
      process.env.NEXTAUTH_SECRET!,
      new Date(Date.now() - 25 * 60 * 60_000),
    );
    expect(
      await lib.recordQuizAttempt(actor, lib.course, { moduleId, token: old, answers: answersFor("right") }),
    ).toMatchObject({
      ok: false,
      code: "QUIZ_FORM_TOO_OLD",
    });
    expect(await lib.db.quizAttempt.count({ where: { userId: actor.id } })).toBe(before);
  });
});

describe("course completion", () => {
  let learner: typeof actor;
  const pass = (moduleIndex: number, who = learner) => {
    const moduleId = lib.course.modules[moduleIndex]!.id;
    return lib.recordQuizAttempt(who, lib.course, {
      moduleId,
      token: lib.createSubmissionToken(who.id, lib.course.id, moduleId, bank(moduleId), process.env.NEXTAUTH_SECRET!),
      answers: answersFor("right", moduleIndex),
    });
  };

  beforeAll(async () => {
    const user = await lib.db.user.create({
      data: { email: "c@test.example", name: "Casey Complete", organisationId: actor.organisationId },
    });
    learner = { ...actor, id: user.id, email: user.email, name: user.name };
  });

  it("writes one completion and certificate when the last module is passed, in the same transaction", async () => {
    const last = lib.course.modules.length - 1;
    for (let i = 0; i < last; i++) expect(await pass(i)).toMatchObject({ ok: true, certificateNumber: null });
    expect(await lib.db.completion.count({ where: { userId: learner.id } })).toBe(0);
    const finishing = await pass(last);
    expect(finishing).toMatchObject({ ok: true, certificateNumber: expect.stringMatching(/^SG-/) });
    const completion = await lib.db.completion.findFirstOrThrow({
      where: { userId: learner.id },
      include: { certificate: true },
    });
    expect(completion).toMatchObject({
      courseVersion: lib.course.version,
      scorePercent: 100,
      cycleKey: "initial",
      cpdMinutes: lib.course.estimatedMinutes,
    });
    expect(completion.completingAttemptId).toBe(finishing.ok ? finishing.attemptId : "");
    expect(completion.certificate).toMatchObject({
      learnerName: "Casey Complete",
      organisationName: "Test",
      scorePercent: 100,
    });
    // Rolling 12 months unless the course says otherwise.
    expect(completion.expiresAt.getTime()).toBeGreaterThan(completion.completedAt.getTime() + 360 * 24 * 3600 * 1000);
    // The dashboard's summary row follows in the same transaction.
    const graceMs = completion.graceDays * 24 * 3600 * 1000;
    expect(
      await lib.db.enrolment.findUniqueOrThrow({
        where: { userId_courseId: { userId: learner.id, courseId: lib.course.id } },
      }),
    ).toMatchObject({
      organisationId: actor.organisationId,
      modulesPassed: lib.course.modules.length,
      lastActivityAt: completion.completedAt,
      completedAt: completion.completedAt,
      validUntil: new Date(completion.expiresAt.getTime() + graceMs),
      certificateNumber: completion.certificate?.number,
      scorePercent: 100,
    });
  });

  it("never overwrites the completion when modules are retaken", async () => {
    const before = await lib.db.completion.findFirstOrThrow({ where: { userId: learner.id } });
    const first = { userId: learner.id, moduleId: lib.course.modules[0]!.id };
    const progressBefore = await lib.db.moduleProgress.findFirstOrThrow({ where: first });
    await pass(0);
    await pass(lib.course.modules.length - 1);
    const after = await lib.db.completion.findMany({ where: { userId: learner.id } });
    expect(after).toEqual([before]);
    // A second pass moves the latest pass date on and keeps the first.
    const progressAfter = await lib.db.moduleProgress.findFirstOrThrow({ where: first });
    expect(progressAfter.firstPassedAt).toEqual(progressBefore.firstPassedAt);
    expect(progressAfter.lastPassedAt!.getTime()).toBeGreaterThan(progressBefore.lastPassedAt!.getTime());
  });

  it("issues a new certificate with a new number when the course is completed again in the renewal window", async () => {
    const first = await lib.db.completion.findFirstOrThrow({
      where: { userId: learner.id },
      include: { certificate: true },
    });
    // Move the first completion's expiry to 10 days away: the renewal window is open.
    await lib.db.completion.update({
      where: { id: first.id },
      data: { expiresAt: new Date(Date.now() + 10 * 24 * 3600 * 1000) },
    });
    const results = [];
    for (let i = 0; i < lib.course.modules.length; i++) results.push(await pass(i));
    const numbers = results.flatMap((r) => (r.ok && r.certificateNumber ? [r.certificateNumber] : []));
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).not.toBe(first.certificate?.number);
    const all = await lib.db.completion.findMany({ where: { userId: learner.id }, orderBy: { completedAt: "asc" } });
    expect(all).toHaveLength(2);
    expect(all[0]!.id).toBe(first.id);
    expect(all[0]!.completedAt).toEqual(first.completedAt);
    expect(all[1]!.cycleKey).not.toBe("initial");
  });

  it("makes exactly one completion when the last two modules are passed at the same moment", async () => {
    const user = await lib.db.user.create({
      data: { email: "race@test.example", name: "Rae Race", organisationId: actor.organisationId },
    });
    const racer = { ...actor, id: user.id };
    const n = lib.course.modules.length;
    for (let i = 0; i < n - 2; i++) await pass(i, racer);
    const results = await Promise.all([pass(n - 2, racer), pass(n - 1, racer)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await lib.db.quizAttempt.count({ where: { userId: racer.id } })).toBe(n);
    expect(await lib.db.completion.count({ where: { userId: racer.id } })).toBe(1);
    expect(await lib.db.certificate.count({ where: { userId: racer.id } })).toBe(1);
  });
});
