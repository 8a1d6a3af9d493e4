import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { TQuestion } from "../course/types";
import { wordingsHash } from "./wording";

/**
 * A quiz form carries a signed token made when the form was shown. Its id makes a double-clicked
 * or replayed submission record one attempt; its signed start time gives a trustworthy duration;
 * its signed question ids fix which of the bank's questions this attempt asked, so the server scores
 * (and the result page explains) exactly those; and the hash of their wording lets the server refuse a
 * form whose questions were reworded after it was shown (a release between showing and sending). The user, course
 * and module it was issued for are signed with it (not carried: the submission names them), so a form shown for one
 * course is refused by another even where their module ids coincide.
 */
export type TSubmissionToken = { submissionId: string; startedAt: Date; questionIds: string[]; wording: string };

const QUESTION_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The longest token a form or API client may send back: room for a draw of 60 questions with 40-character ids
 * (a 14-question final assessment needs about 300 characters), while refusing anything absurdly long unread.
 */
export const MAX_SUBMISSION_TOKEN_LENGTH = 4000;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function createSubmissionToken(
  userId: string,
  courseId: string,
  moduleId: string,
  asked: readonly TQuestion[],
  secret: string,
  now = new Date(),
): string {
  const questionIds = asked.map((q) => q.id);
  if (!questionIds.length || !questionIds.every((id) => QUESTION_ID.test(id)))
    throw new Error("a quiz form needs questions");
  const payload = `${randomUUID()}.${now.getTime()}.${Buffer.from(questionIds.join(",")).toString("base64url")}.${wordingsHash(asked)}`;
  return `${payload}.${sign(`${userId}:${courseId}:${moduleId}:${payload}`, secret)}`;
}

/** The token's id, start time and questions, or null when it was not issued to this user for this course's module. */
export function readSubmissionToken(
  token: string,
  userId: string,
  courseId: string,
  moduleId: string,
  secret: string,
): TSubmissionToken | null {
  const [id, startedMs, questions, wording, signature, ...rest] = token.split(".");
  if (
    !id ||
    !startedMs ||
    !questions ||
    !wording ||
    !signature ||
    rest.length ||
    !/^[0-9a-f-]{36}$/.test(id) ||
    !/^\d{1,15}$/.test(startedMs)
  )
    return null;
  const expected = Buffer.from(
    sign(`${userId}:${courseId}:${moduleId}:${id}.${startedMs}.${questions}.${wording}`, secret),
  );
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const questionIds = Buffer.from(questions, "base64url").toString("utf8").split(",");
  if (!questionIds.every((q) => QUESTION_ID.test(q)) || new Set(questionIds).size !== questionIds.length) return null;
  return { submissionId: id, startedAt: new Date(Number(startedMs)), questionIds, wording };
}
