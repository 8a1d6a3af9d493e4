// One learner's synthetic history: lessons read, quiz attempts (fails before passes), module
// progress, and for finishers a completion and certificate, all on a believable timeline.
import { computeExpiry } from "../lib/certificates/renewal";
import type { TCourse } from "../lib/course/types";
import type { TAnswers } from "../lib/quiz/scoring";
import { createCertificateNumber } from "./ids";
import type { TRandom } from "../lib/testing/random";
import { makeAnswers, scoreAnswers } from "./seed-answers";
import { summariseEnrolment } from "./seed-enrolment";
import type { THistory, TAttemptRow, TProgressRow, TViewRow } from "./seed-rows";
import type { TLearnerState } from "./seed-states";

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
/** Chance that any one attempt fails: with retakes this gives about 300,000 attempts in all. */
const FAIL_CHANCE = 0.2;

export type TLearningContext = {
  course: TCourse;
  keys: Map<string, { right: TAnswers; wrong: TAnswers }>;
  now: number;
  random: TRandom;
  newId: () => string;
};
export type TLearner = {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  trainerId: string;
};

type TPlan = { dueAt: number; start: number | null; end: number | null; modulesPassed: number; startsNext: boolean };

/** When they were due, when they were active, and how far they got, by state. */
function planTimeline(state: TLearnerState, modules: number, r: TRandom, now: number): TPlan {
  const days = (min: number, max: number) => r.int(min * 24, max * 24) * (DAY / 24);
  const finished = (completedAgo: number) => {
    const end = now - completedAgo;
    return { start: end - days(1, 40), end, modulesPassed: modules, startsNext: false };
  };
  switch (state) {
    case "completed": {
      const plan = finished(days(1, 330));
      return { ...plan, dueAt: plan.end + (r.chance(0.8) ? days(1, 45) : -days(1, 20)) };
    }
    case "expiring":
      return { ...finished(days(337, 364)), dueAt: now + days(5, 60) };
    case "expired-overdue":
      return { ...finished(days(370, 455)), dueAt: now - days(1, 60) };
    case "expired-due":
      return { ...finished(days(370, 455)), dueAt: now + days(5, 90) };
    case "in-progress": {
      const start = now - days(2, 90);
      const passed = r.int(0, modules - 1);
      return {
        dueAt: now + days(1, 120),
        start,
        end: start + r.next() * (now - start),
        modulesPassed: passed,
        startsNext: passed === 0 || r.chance(0.6),
      };
    }
    case "overdue-started": {
      const dueAt = now - days(1, 90);
      const start = dueAt - days(10, 120);
      const passed = r.int(0, modules - 1);
      return {
        dueAt,
        start,
        end: start + r.next() * (now - start),
        modulesPassed: passed,
        startsNext: passed === 0 || r.chance(0.5),
      };
    }
    case "overdue-idle":
      return { dueAt: now - days(1, 90), start: null, end: null, modulesPassed: 0, startsNext: false };
    case "not-started":
      return { dueAt: now + days(1, 120), start: null, end: null, modulesPassed: 0, startsNext: false };
  }
}

function uuid(r: TRandom): string {
  const hex = Array.from({ length: 32 }, () => "0123456789abcdef"[r.int(0, 15)]).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function generateHistory(ctx: TLearningContext, learner: TLearner, state: TLearnerState): THistory {
  const { course, random: r, newId, now } = ctx;
  const plan = planTimeline(state, course.modules.length, r, now);
  const views: TViewRow[] = [];
  const attempts: TAttemptRow[] = [];
  const progress: TProgressRow[] = [];

  if (plan.start !== null && plan.end !== null) {
    const engaged = course.modules.slice(0, plan.modulesPassed + (plan.startsNext ? 1 : 0));
    engaged.forEach((m, j) => {
      const passes = j < plan.modulesPassed;
      // Modules are worked through in order, spread over the learner's active weeks.
      const at =
        engaged.length === 1 ? plan.end! : plan.start! + ((plan.end! - plan.start!) * j) / (engaged.length - 1);
      const lessons = passes ? m.lessons : m.lessons.slice(0, r.int(1, m.lessons.length));
      let t = at - (lessons.length * 12 + 60) * MINUTE;
      for (const lesson of lessons) {
        const revisit = r.chance(0.25) ? r.int(1, 3) * DAY : 0;
        views.push({
          id: newId(),
          userId: learner.id,
          moduleId: m.id,
          lessonId: lesson.id,
          firstViewedAt: t,
          lastViewedAt: Math.min(t + revisit, at),
          viewCount: revisit ? r.int(2, 4) : 1,
          secondsSpent: r.int(120, 900),
        });
        t += 12 * MINUTE;
      }
      let fails = 0;
      while (fails < 4 && r.chance(FAIL_CHANCE)) fails++;
      // A learner still working on this module may not have tried its quiz yet.
      const tries = passes ? fails + 1 : r.chance(0.5) ? Math.max(1, fails) : 0;
      const mine: TAttemptRow[] = [];
      for (let k = 0; k < tries; k++) {
        const pass = passes && k === tries - 1;
        const scored = scoreAnswers(m, makeAnswers(r, m, ctx.keys.get(m.id)!, pass));
        const durationSeconds = r.int(90, 900);
        const submittedAt = at - (tries - 1 - k) * 20 * MINUTE;
        mine.push({
          id: newId(),
          userId: learner.id,
          submissionId: uuid(r),
          moduleId: m.id,
          quizId: m.quiz.id,
          answers: scored.stored,
          correctCount: scored.correctCount,
          questionCount: scored.questionCount,
          scorePercent: scored.scorePercent,
          passMark: m.passMark,
          passed: scored.passed,
          startedAt: submittedAt - durationSeconds * 1000,
          submittedAt,
          durationSeconds,
        });
      }
      if (!mine.length) return;
      attempts.push(...mine);
      const passTimes = mine.filter((a) => a.passed).map((a) => a.submittedAt);
      progress.push({
        id: newId(),
        userId: learner.id,
        moduleId: m.id,
        bestScore: Math.max(...mine.map((a) => a.scorePercent)),
        attemptCount: mine.length,
        firstPassedAt: passTimes[0] ?? null,
        lastPassedAt: passTimes.at(-1) ?? null,
        lastActivityAt: mine.at(-1)!.submittedAt,
      });
    });
  }

  let completion: THistory["completion"] = null;
  let certificate: THistory["certificate"] = null;
  const last = attempts.at(-1);
  if (plan.modulesPassed === course.modules.length && last) {
    const best = course.modules.map((m) =>
      Math.max(...attempts.filter((a) => a.moduleId === m.id && a.passed).map((a) => a.scorePercent)),
    );
    const scorePercent = Math.floor(best.reduce((a, b) => a + b, 0) / best.length);
    const expiresAt = computeExpiry(course.renewal, new Date(last.submittedAt)).getTime();
    const seconds = attempts.reduce((s, a) => s + a.durationSeconds, 0) + views.reduce((s, v) => s + v.secondsSpent, 0);
    completion = {
      id: newId(),
      userId: learner.id,
      completingAttemptId: last.id,
      completedAt: last.submittedAt,
      expiresAt,
      graceDays: course.renewal.graceDays,
      scores: JSON.stringify(Object.fromEntries(course.modules.map((m, i) => [m.id, best[i]]))),
      scorePercent,
      timeSpentSeconds: seconds,
      cpdMinutes: course.estimatedMinutes,
    };
    certificate = {
      id: newId(),
      number: createCertificateNumber(r),
      completionId: completion.id,
      userId: learner.id,
      learnerName: learner.name,
      organisationName: learner.organisationName,
      completedAt: last.submittedAt,
      expiresAt,
      graceDays: course.renewal.graceDays,
      scorePercent,
      cpdMinutes: course.estimatedMinutes,
    };
  }

  const assignedAt = Math.min(plan.start ?? now, plan.dueAt) - r.int(7, 45) * DAY;
  const enrolment = summariseEnrolment(
    {
      id: newId(),
      userId: learner.id,
      organisationId: learner.organisationId,
      dueAt: plan.dueAt,
      assignedAt,
      assignedById: learner.trainerId,
    },
    { views, progress, completion, certificate },
    now,
  );
  return { views, attempts, progress, completion, certificate, enrolment };
}
