// The wording of the account emails (invitation, welcome, assignment, password reset, paused sign-in, existing account,
// sign-in settings changed): plain text, in the recipient's language (the writer's: see lib/email/writer.ts and
// queueEmails), the words in lib/i18n/messages/<locale>/documents.json ("Email…"). Pure, so each can be read in tests
// in either language. Reminder emails have theirs in lib/reminders/emails.ts.
import { normalisePersonName } from "../people/person-name";
import type { TEmailWriter } from "./writer";

export type TEmailText = { subject: string; text: string };

export const lines = (...parts: string[]) => parts.join("\n");

export function greeting(w: TEmailWriter, name: string): string {
  return w.t("EmailCommon.hello", { name: normalisePersonName(name) });
}

export function invitationEmail(
  w: TEmailWriter,
  p: {
    name: string;
    inviterName: string;
    organisationName: string;
    courseTitle: string;
    link: string;
    days: number;
  },
): TEmailText {
  return {
    subject: w.t("EmailInvitation.subject", { organisation: p.organisationName }),
    text: lines(
      greeting(w, p.name),
      "",
      w.t("EmailInvitation.invited", {
        inviter: normalisePersonName(p.inviterName),
        course: p.courseTitle,
        organisation: p.organisationName,
      }),
      "",
      w.t("EmailInvitation.start", { days: p.days }),
      p.link,
      "",
      w.t("EmailInvitation.ignore"),
    ),
  };
}

/** For someone added from a staff list: their account exists, and the link chooses its password. */
export function welcomeEmail(
  w: TEmailWriter,
  p: {
    name: string;
    organisationName: string;
    courseTitle: string;
    /** The calendar day (YYYY-MM-DD) the training is due by, if the list gave one. */
    dueDay: string | null;
    link: string;
    days: number;
  },
): TEmailText {
  return {
    subject: w.t("EmailWelcome.subject", { organisation: p.organisationName }),
    text: lines(
      greeting(w, p.name),
      "",
      w.t("EmailWelcome.enrolled", { organisation: p.organisationName, course: p.courseTitle }),
      ...(p.dueDay ? [w.t("EmailWelcome.due", { date: w.day(p.dueDay) })] : []),
      "",
      w.t("EmailWelcome.choose", { days: p.days }),
      p.link,
    ),
  };
}

/** For a learner the course has been assigned to (or whose due date changed), by the trainer who assigned it. */
export function assignedEmail(
  w: TEmailWriter,
  p: {
    name: string;
    organisationName: string;
    courseTitle: string;
    /** The calendar day (YYYY-MM-DD) it is due by. */
    dueDay: string;
    baseUrl: string;
  },
): TEmailText {
  const date = w.day(p.dueDay);
  return {
    subject: w.t("EmailAssigned.subject", { date }),
    text: lines(
      greeting(w, p.name),
      "",
      w.t("EmailAssigned.asked", { organisation: p.organisationName, course: p.courseTitle, date }),
      w.t("EmailAssigned.howTo"),
      "",
      w.t("EmailAssigned.start"),
      `${p.baseUrl}/course`,
      "",
      w.t("EmailCommon.thanks"),
    ),
  };
}

export function passwordResetEmail(w: TEmailWriter, p: { name: string; link: string; minutes: number }): TEmailText {
  return {
    subject: w.t("EmailPasswordReset.subject"),
    text: lines(
      greeting(w, p.name),
      "",
      w.t("EmailPasswordReset.use", { minutes: p.minutes }),
      p.link,
      "",
      w.t("EmailPasswordReset.ignore"),
    ),
  };
}

export function signInPausedEmail(
  w: TEmailWriter,
  p: {
    name: string;
    failures: number;
    minutes: number;
    forgotPasswordLink: string;
  },
): TEmailText {
  return {
    subject: w.t("EmailSignInPaused.subject"),
    text: lines(
      greeting(w, p.name),
      "",
      w.t("EmailSignInPaused.paused", { failures: p.failures, minutes: p.minutes }),
      "",
      w.t("EmailSignInPaused.ifYou"),
      p.forgotPasswordLink,
      "",
      w.t("EmailSignInPaused.ifNot"),
    ),
  };
}

/** No link token: someone else asked for the account, so it only points to the sign-in pages. */
export function existingAccountEmail(w: TEmailWriter, p: { name: string; baseUrl: string }): TEmailText {
  return {
    subject: w.t("EmailExistingAccount.subject"),
    text: lines(
      greeting(w, p.name),
      "",
      w.t("EmailExistingAccount.tried"),
      "",
      w.t("EmailExistingAccount.signIn", { link: `${p.baseUrl}/login` }),
      w.t("EmailExistingAccount.forgotten", { link: `${p.baseUrl}/forgot-password` }),
      "",
      w.t("EmailExistingAccount.moved"),
    ),
  };
}

const SECOND_FACTOR_CHANGES = {
  added: "added",
  removed: "removed",
  "reset-by-admin": "resetByAdmin",
  "new-recovery-codes": "newRecoveryCodes",
} as const;

/** Told whenever a way of proving who they are is added to or taken from a person's account. */
export function secondFactorChangedEmail(
  w: TEmailWriter,
  p: {
    name: string;
    change: keyof typeof SECOND_FACTOR_CHANGES;
    baseUrl: string;
  },
): TEmailText {
  return {
    subject: w.t("EmailSecondFactor.subject"),
    text: lines(
      greeting(w, p.name),
      "",
      w.t(`EmailSecondFactor.${SECOND_FACTOR_CHANGES[p.change]}`),
      "",
      w.t("EmailSecondFactor.ifNotYou"),
      `${p.baseUrl}/forgot-password`,
    ),
  };
}
