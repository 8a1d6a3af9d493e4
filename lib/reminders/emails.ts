// The wording of reminder emails: plain text in the recipient's language (the writer's: see lib/email/writer.ts),
// the words in lib/i18n/messages/<locale>/documents.json ("EmailReminder", "EmailTrainerDigest",
// "EmailTrainerReminder"); pure, so each can be read in tests in either language.
import { DEFAULT_LOCALE } from "../format/dates";
import { normalisePersonName } from "../people/person-name";
import { greeting, lines, type TEmailText } from "../email/messages";
import type { TEmailWriter } from "../email/writer";
import type { TLearnerStage } from "./stages";

export type { TEmailText };
type TCourseInfo = { courseTitle: string; baseUrl: string };

/** Trainer digests list this many learners by name; the rest are counted, with the dashboard link. */
export const DIGEST_MAX_LISTED = 200;

const NUDGES = { "due-30": "due30", "due-7": "due7", "due-1": "due1" } as const;

export function learnerReminderEmail(
  w: TEmailWriter,
  stage: TLearnerStage,
  learner: { name: string },
  anchor: Date,
  course: TCourseInfo,
): TEmailText {
  const values = { date: w.date(anchor), course: course.courseTitle };
  const link = `${course.baseUrl}/course`;
  const hello = greeting(w, learner.name);
  const thanks = w.t("EmailCommon.thanks");
  switch (stage) {
    case "due-30":
    case "due-7":
    case "due-1":
      return {
        subject: w.t("EmailReminder.dueSubject", values),
        text: lines(
          hello,
          "",
          w.t("EmailReminder.dueIntro", values),
          w.t(`EmailReminder.${NUDGES[stage]}`),
          "",
          w.t("EmailCommon.continueCourse"),
          link,
          "",
          thanks,
        ),
      };
    case "overdue":
      return {
        subject: w.t("EmailReminder.overdueSubject"),
        text: lines(
          hello,
          "",
          w.t("EmailReminder.overdueIntro", values),
          w.t("EmailReminder.overdueAsk"),
          "",
          w.t("EmailCommon.continueCourse"),
          link,
          "",
          thanks,
        ),
      };
    case "expiry-30":
    case "expiry-7":
    case "expiry-1":
      return {
        subject: w.t("EmailReminder.expirySubject", values),
        text: lines(
          hello,
          "",
          w.t("EmailReminder.expiryIntro", values),
          w.t("EmailReminder.expiryAsk"),
          "",
          w.t("EmailReminder.renew"),
          link,
          "",
          thanks,
        ),
      };
    case "expired":
      return {
        subject: w.t("EmailReminder.expiredSubject"),
        text: lines(
          hello,
          "",
          w.t("EmailReminder.expiredIntro", values),
          w.t("EmailReminder.expiredAsk"),
          "",
          w.t("EmailReminder.renew"),
          link,
          "",
          thanks,
        ),
      };
  }
}

export type TDigestLearner = { name: string; email: string; dueAt: Date };

/** One email per trainer listing the learners who became overdue since the last run, in the trainer's language. */
export function trainerDigestEmail(
  w: TEmailWriter,
  trainer: { name: string },
  learners: readonly TDigestLearner[],
  course: TCourseInfo,
): TEmailText {
  const count = learners.length;
  const sorted = [...learners].sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.name.localeCompare(b.name, DEFAULT_LOCALE),
  );
  const listed = sorted.slice(0, DIGEST_MAX_LISTED).map((l) =>
    w.t("EmailTrainerDigest.learner", {
      name: normalisePersonName(l.name),
      email: l.email,
      date: w.date(l.dueAt),
    }),
  );
  const more = count > DIGEST_MAX_LISTED ? [w.t("EmailTrainerDigest.more", { count: count - DIGEST_MAX_LISTED })] : [];
  return {
    subject: w.t("EmailTrainerDigest.subject", { count }),
    text: lines(
      greeting(w, trainer.name),
      "",
      w.t("EmailTrainerDigest.intro", { count, course: course.courseTitle }),
      "",
      ...listed,
      ...more,
      "",
      w.t("EmailTrainerDigest.alsoReminded", { count }),
      w.t("EmailTrainerDigest.dashboard"),
      `${course.baseUrl}/trainer`,
      "",
      w.t("EmailTrainerDigest.once"),
    ),
  };
}

/**
 * A reminder a trainer chose to send (from the dashboard or a learner's record), in their name: the learner sees
 * who is asking, and whether the date has passed. dueAt: null when no date was set.
 */
export function trainerReminderEmail(
  w: TEmailWriter,
  learner: { name: string },
  trainer: { name: string },
  dueAt: Date | null,
  now: Date,
  course: TCourseInfo & { organisationName: string },
): TEmailText {
  const overdue = dueAt !== null && dueAt < now;
  const date = dueAt ? w.date(dueAt) : "";
  const asked = w.t("EmailTrainerReminder.asked", {
    trainer: normalisePersonName(trainer.name),
    organisation: course.organisationName,
    course: course.courseTitle,
  });
  const when =
    dueAt === null ? [] : [w.t(overdue ? "EmailTrainerReminder.wasDue" : "EmailTrainerReminder.isDue", { date })];
  return {
    subject: overdue
      ? w.t("EmailTrainerReminder.subjectOverdue")
      : dueAt
        ? w.t("EmailTrainerReminder.subjectDue", { date })
        : w.t("EmailTrainerReminder.subjectUndated"),
    text: lines(
      greeting(w, learner.name),
      "",
      [asked, ...when].join(" "),
      w.t(overdue ? "EmailTrainerReminder.overdueAsk" : "EmailTrainerReminder.howTo"),
      "",
      w.t("EmailCommon.continueCourse"),
      `${course.baseUrl}/course`,
      "",
      w.t("EmailCommon.thanks"),
    ),
  };
}
