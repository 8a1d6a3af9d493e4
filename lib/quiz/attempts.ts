import "server-only";
import type { TActor } from "../auth/current-user";
import { completeCourseIfDone } from "../certificates/completion";
import { findModule, type TCourse } from "../course";
import { readEnrolmentRecords, refreshEnrolment } from "../enrolments/refresh";
import { createId } from "../db/cuid";
import { db } from "../db/client";
import { lockLearner } from "../db/lock";
import { isUniqueViolation } from "../db/unique-violation";
import { getAuthSecret } from "../env";
import { recordModuleAttempt } from "../progress/module-records";
import {
  findAttemptBySubmission,
  insertAttempt,
  readRetakeContext,
  type TAttemptOutcome,
  type TAttemptRow,
} from "./attempt-store";
import { retakeWait } from "./readiness";
import { questionsByIds } from "./public-quiz";
import { keepQuestionWordings } from "./snapshots";
import { questionHash, wordingsHash } from "./wording";
import type { TErrorCode } from "../errors/codes";
import { checkAnswers, scoreQuiz, type TAnswerProblem, type TAnswers } from "./scoring";
import { readSubmissionToken } from "./submission-token";

/**
 * What is stored per question asked: the learner's selections, whether they were right, and which wording
 * of the question they saw (v: its hash in QuestionSnapshot; absent on attempts made before wordings were kept).
 */
export type TStoredAnswers = Record<string, { selected: string[]; correct: boolean; v?: string }>;

export type TRecordAttemptResult =
  /** created: false when this token's attempt already existed (a replay), so nothing new was written. */
  (TAttemptOutcome & { ok: true; created: boolean; certificateNumber?: string | null }) | TAttemptRefusal;

/** Why a submission was not scored: a code for the edge to word (see attemptRefusalMessage), with what it needs. */
export type TAttemptRefusal = {
  ok: false;
  code: Extract<
    TErrorCode,
    | "QUIZ_MODULE_GONE"
    | "QUIZ_FORM_EXPIRED"
    | "QUIZ_UPDATED"
    | "QUIZ_ANSWER_EVERY_QUESTION"
    | "QUIZ_FORM_TOO_OLD"
    | "QUIZ_RETAKE_WAIT"
  >;
  problems?: TAnswerProblem[];
  /** QUIZ_RETAKE_WAIT: when the quiz opens again. */
  availableAt?: Date;
};

const MAX_DURATION_SECONDS = 24 * 60 * 60;

/** Thrown inside the attempt's transaction when the organisation's wait after a failed attempt is not over. */
class TRetakeWaitNotOver extends Error {
  constructor(readonly availableAt: Date) {
    super("retake wait not over");
  }
}

/**
 * Scores a learner's quiz on the server and stores the attempt together with their module progress,
 * in one transaction. A submission whose token was already used returns the attempt it created.
 */
export async function recordQuizAttempt(
  actor: TActor,
  course: TCourse,
  input: { moduleId: string; token: string; answers: TAnswers },
): Promise<TRecordAttemptResult> {
  const courseModule = findModule(course, input.moduleId);
  if (!courseModule) return { ok: false, code: "QUIZ_MODULE_GONE" };
  const token = readSubmissionToken(input.token, actor.id, course.id, courseModule.id, getAuthSecret());
  if (!token) return { ok: false, code: "QUIZ_FORM_EXPIRED" };

  // Score exactly the questions this form asked, as worded then; a form whose questions have since changed cannot be scored.
  const asked = questionsByIds(courseModule, token.questionIds);
  if (!asked || wordingsHash(asked) !== token.wording) return { ok: false, code: "QUIZ_UPDATED" };
  const quiz = { ...courseModule.quiz, questions: asked };
  const problems = checkAnswers(quiz, input.answers);
  if (problems.length) return { ok: false, code: "QUIZ_ANSWER_EVERY_QUESTION", problems };

  // A form is good for a day: an older one may predate a new renewal cycle or a failed attempt's wait. A copy of a
  // submission already stored is still answered with its attempt.
  if (Date.now() - token.startedAt.getTime() > MAX_DURATION_SECONDS * 1000) {
    const existing = await findAttemptBySubmission(actor.id, token.submissionId);
    return existing ? { ok: true, created: false, ...existing } : { ok: false, code: "QUIZ_FORM_TOO_OLD" };
  }

  const result = scoreQuiz(quiz, input.answers, courseModule.passMark);
  const hashes = new Map(asked.map((q) => [q.id, questionHash(q)]));
  const stored: TStoredAnswers = Object.fromEntries(
    result.questions.map((q) => [
      q.questionId,
      { selected: q.selected, correct: q.correct, v: hashes.get(q.questionId)! },
    ]),
  );
  await keepQuestionWordings(asked, courseModule.id, course.version);
  const submittedAt = new Date();
  const durationSeconds = Math.max(
    0,
    Math.min(MAX_DURATION_SECONDS, Math.round((submittedAt.getTime() - token.startedAt.getTime()) / 1000)),
  );

  const row: TAttemptRow = {
    id: createId(),
    userId: actor.id,
    submissionId: token.submissionId,
    courseId: course.id,
    courseVersion: course.version,
    moduleId: courseModule.id,
    quizId: courseModule.quiz.id,
    answers: stored,
    correctCount: result.correctCount,
    questionCount: result.questionCount,
    scorePercent: result.scorePercent,
    passMark: courseModule.passMark,
    passed: result.passed,
    startedAt: token.startedAt,
    submittedAt,
    durationSeconds,
  };
  const outcome = { attemptId: row.id, scorePercent: row.scorePercent, passed: row.passed };
  // No look-up first: the unique (userId, submissionId) key refuses a copy of a stored submission (a replay, a
  // double click, the same form sent twice at once), which is then answered with the attempt stored first. Any other
  // unique clash is a concurrent completion: try again, and it will be seen.
  for (let tries = 1; ; tries++) {
    try {
      const { certificateNumber } = await writeAttempt(row, course, actor.organisationId);
      return { ok: true, created: true, ...outcome, certificateNumber };
    } catch (error) {
      if (error instanceof TRetakeWaitNotOver)
        return { ok: false, code: "QUIZ_RETAKE_WAIT", availableAt: error.availableAt };
      if (!isUniqueViolation(error)) throw error;
      const winner = await findAttemptBySubmission(actor.id, token.submissionId);
      if (winner) return { ok: true, created: false, ...winner };
      if (tries >= 3) throw error;
    }
  }
}

/**
 * The attempt, the module progress and (when this pass finishes the course) the completion: all or nothing. The
 * attempt is written first: on SQLite a transaction's first write takes the database's write lock, and reading before
 * it could meet a write another process committed meanwhile; on PostgreSQL the learner's lock comes first.
 */
function writeAttempt(row: TAttemptRow, course: TCourse, organisationId: string) {
  return db.$transaction(
    async (tx) => {
      const { userId, submittedAt, passed } = row;
      await lockLearner(tx, userId);
      await insertAttempt(tx, row);
      // Checked under the learner's lock, so several forms sent at once cannot all slip past the wait; throwing
      // takes the attempt back out.
      const wait = retakeWait({ ...(await readRetakeContext(tx, organisationId, row)), now: submittedAt });
      if (wait && !wait.open && wait.reason === "retake-wait") throw new TRetakeWaitNotOver(wait.availableAt);
      await recordModuleAttempt(tx, row);
      const records = await readEnrolmentRecords(tx, userId, course.id);
      const certificateNumber = passed
        ? await completeCourseIfDone(tx, {
            userId,
            course,
            attemptId: row.id,
            now: submittedAt,
            latest: records.latestCompletion,
            progress: records.progress,
          })
        : null;
      // A completion just written is a new latest completion and certificate: read the records again, once a course.
      await refreshEnrolment(tx, userId, course.id, submittedAt, certificateNumber ? undefined : records);
      return { certificateNumber };
      // A burst of submissions (a class finishing together) may queue for a pooled connection: wait for one rather
      // than fail the learner's answers after Prisma's default two seconds.
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
}

/** One of the actor's own attempts; another learner's attempt id finds nothing. */
export async function getOwnAttempt(actor: TActor, attemptId: string) {
  const row = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: actor.id },
    select: {
      id: true,
      moduleId: true,
      courseVersion: true,
      answers: true,
      correctCount: true,
      questionCount: true,
      scorePercent: true,
      passMark: true,
      passed: true,
      submittedAt: true,
      durationSeconds: true,
    },
  });
  return row ? { ...row, answers: row.answers as TStoredAnswers } : null;
}
