import { createTranslator } from "use-intl/core";
import { formatDate, formatTime, formatWeekday } from "../format/dates";
import { messageFor } from "../errors/messages";
import type { TLocale } from "../i18n/locales";
import english from "../i18n/messages/en-GB/learner.json";
import welsh from "../i18n/messages/cy/learner.json";

const QUIZ_MESSAGES: Record<TLocale, typeof english> = { "en-GB": english, cy: welsh };
/**
 * When a module's quiz may be taken, so that a pass means the person studied: every lesson of the module
 * opened first, and, where the organisation sets one, a wait after a failed attempt before the next.
 */
export type TQuizReadiness =
  | { open: true }
  | { open: false; reason: "lessons-unopened"; unopenedLessonIds: string[] }
  | { open: false; reason: "retake-wait"; availableAt: Date };

export type TReadinessInput = {
  /** The module's lessons, in order. */
  lessonIds: string[];
  /** Lessons of the module this learner has opened. */
  openedLessonIds: Iterable<string>;
  /** The organisation's wait after a failed attempt, in minutes (0: none). */
  retakeWaitMinutes: number;
  /** The learner's latest attempt at this quiz, if any. */
  lastAttempt: { passed: boolean; submittedAt: Date } | null;
  now: Date;
};

export function quizReadiness(input: TReadinessInput): TQuizReadiness {
  const opened = new Set(input.openedLessonIds);
  const unopenedLessonIds = input.lessonIds.filter((id) => !opened.has(id));
  if (unopenedLessonIds.length) return { open: false, reason: "lessons-unopened", unopenedLessonIds };
  const wait = retakeWait(input);
  return wait ?? { open: true };
}

/** Only the wait: the one rule that still applies when an attempt is submitted with a token issued earlier. */
export function retakeWait(
  input: Pick<TReadinessInput, "retakeWaitMinutes" | "lastAttempt" | "now">,
): TQuizReadiness | null {
  const { retakeWaitMinutes, lastAttempt, now } = input;
  if (retakeWaitMinutes <= 0 || !lastAttempt || lastAttempt.passed) return null;
  // Rounded up to the minute, so a learner told "from 10:31" is not refused at 10:31.
  const availableAt = new Date(
    Math.ceil((lastAttempt.submittedAt.getTime() + retakeWaitMinutes * 60_000) / 60_000) * 60_000,
  );
  return availableAt > now ? { open: false, reason: "retake-wait", availableAt } : null;
}

/** What the learner is told, in their language and the UK's time zone: the time, and the day when it is not today. */
export function retakeWaitMessage(availableAt: Date, now: Date, locale: TLocale): string {
  const time = formatTime(availableAt, { locale });
  const sameDay = formatDate(availableAt) === formatDate(now);
  const t = createTranslator({ locale, messages: QUIZ_MESSAGES[locale], namespace: "Quiz" });
  const when = sameDay ? time : t("retakeFromDay", { time, day: formatWeekday(availableAt, { locale }) });
  return messageFor("QUIZ_RETAKE_WAIT", { when }, locale);
}
