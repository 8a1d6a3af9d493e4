// The wording of reminder emails: plain text, UK English, pure so it can be read in tests.
import { DEFAULT_LOCALE, formatDate } from "../format/dates";
import { normalisePersonName } from "../people/person-name";
import type { TLearnerStage } from "./stages";

import type { TEmailText } from "../email/messages";

export type { TEmailText };
type TCourseInfo = { courseTitle: string; baseUrl: string };

/** Trainer digests list this many learners by name; the rest are counted, with the dashboard link. */
export const DIGEST_MAX_LISTED = 200;

export function learnerReminderEmail(
  stage: TLearnerStage,
  learner: { name: string },
  anchor: Date,
  course: TCourseInfo,
): TEmailText {
  const date = formatDate(anchor);
  const title = `"${course.courseTitle}"`;
  const link = `${course.baseUrl}/course`;
  const sign = ["Thank you for making time for this: it helps keep children safe."];
  const hello = `Hello ${normalisePersonName(learner.name)},`;
  switch (stage) {
    case "due-30":
    case "due-7":
    case "due-1": {
      const nudge =
        stage === "due-30"
          ? "There is still plenty of time, and you can do it in short sittings: your progress is saved as you go."
          : stage === "due-7"
            ? "There is about a week left. Your progress is saved, so you can pick up where you left off."
            : "The due date is very close now, so please finish it as soon as you can.";
      return {
        subject: `Reminder: your safeguarding training is due by ${date}`,
        text: [
          hello,
          "",
          `This is a friendly reminder that your safeguarding training, ${title}, is due by ${date}.`,
          nudge,
          "",
          "Continue the course here:",
          link,
          "",
          ...sign,
        ].join("\n"),
      };
    }
    case "overdue":
      return {
        subject: "Your safeguarding training is overdue",
        text: [
          hello,
          "",
          `Your safeguarding training, ${title}, was due by ${date} and is not yet complete.`,
          "Please complete it as soon as you can. If something is getting in the way, talk to your trainer or manager: they can help.",
          "",
          "Continue the course here:",
          link,
          "",
          ...sign,
        ].join("\n"),
      };
    case "expiry-30":
    case "expiry-7":
    case "expiry-1":
      return {
        subject: `Your safeguarding certificate expires on ${date}`,
        text: [
          hello,
          "",
          `Your certificate for ${title} expires on ${date}.`,
          "To stay up to date, please renew it by completing the course again before then. It is a good chance to refresh what you know.",
          "",
          "Start your renewal here:",
          link,
          "",
          ...sign,
        ].join("\n"),
      };
    case "expired":
      return {
        subject: "Your safeguarding certificate has expired",
        text: [
          hello,
          "",
          `Your certificate for ${title} expired on ${date}, so it no longer counts as current training.`,
          "Please complete the course again to renew it.",
          "",
          "Start your renewal here:",
          link,
          "",
          ...sign,
        ].join("\n"),
      };
  }
}

export type TDigestLearner = { name: string; email: string; dueAt: Date };

/** One email per trainer listing the learners who became overdue since the last run. */
export function trainerDigestEmail(
  trainer: { name: string },
  learners: readonly TDigestLearner[],
  course: TCourseInfo,
): TEmailText {
  const n = learners.length;
  const sorted = [...learners].sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.name.localeCompare(b.name, DEFAULT_LOCALE),
  );
  const listed = sorted
    .slice(0, DIGEST_MAX_LISTED)
    .map((l) => `- ${normalisePersonName(l.name)} <${l.email}>, due by ${formatDate(l.dueAt)}`);
  const more =
    n > DIGEST_MAX_LISTED ? [`…and ${n - DIGEST_MAX_LISTED} more: see your dashboard for the full list.`] : [];
  return {
    subject:
      n === 1
        ? "1 learner is overdue for safeguarding training"
        : `${n} learners are overdue for safeguarding training`,
    text: [
      `Hello ${normalisePersonName(trainer.name)},`,
      "",
      `${n === 1 ? "This learner has" : `These ${n} learners have`} passed their due date for ${`"${course.courseTitle}"`} without completing it:`,
      "",
      ...listed,
      ...more,
      "",
      `${n === 1 ? "They have" : "Each of them has"} had a reminder too. A word of encouragement from you often helps.`,
      "You can see everyone's progress on your dashboard:",
      `${course.baseUrl}/trainer`,
      "",
      "You will hear about each learner once; the dashboard stays up to date.",
    ].join("\n"),
  };
}

/**
 * A reminder a trainer chose to send (from the dashboard or a learner's record), in their name: the learner sees
 * who is asking, and whether the date has passed. dueAt: null when no date was set.
 */
export function trainerReminderEmail(
  learner: { name: string },
  trainer: { name: string },
  dueAt: Date | null,
  now: Date,
  course: TCourseInfo & { organisationName: string },
): TEmailText {
  const title = `"${course.courseTitle}"`;
  const overdue = dueAt !== null && dueAt < now;
  const when =
    dueAt === null ? "" : overdue ? ` It was due by ${formatDate(dueAt)}.` : ` It is due by ${formatDate(dueAt)}.`;
  return {
    subject: overdue
      ? "Reminder: your safeguarding training is overdue"
      : dueAt
        ? `Reminder: your safeguarding training is due by ${formatDate(dueAt)}`
        : "Reminder: your safeguarding training",
    text: [
      `Hello ${normalisePersonName(learner.name)},`,
      "",
      `${normalisePersonName(trainer.name)} at ${course.organisationName} has asked us to remind you to complete your safeguarding training, ${title}.${when}`,
      overdue
        ? "Please complete it as soon as you can. If something is getting in the way, let them know: they can help."
        : "You can do it in short sittings on a phone or a computer: your progress is saved as you go.",
      "",
      "Continue the course here:",
      `${course.baseUrl}/course`,
      "",
      "Thank you for making time for this: it helps keep children safe.",
    ].join("\n"),
  };
}
