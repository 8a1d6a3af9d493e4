// The wording of the account emails (invitation, welcome, assignment, password reset, paused sign-in, existing account):
// plain text, UK English, pure so it can be read in tests and translated in one place. Reminder emails have
// theirs in lib/reminders/emails.ts.
import { formatCalendarDay } from "../format/dates";
import { normalisePersonName } from "../people/person-name";

export type TEmailText = { subject: string; text: string };

const lines = (...parts: string[]) => parts.join("\n");

export function invitationEmail(p: {
  name: string;
  inviterName: string;
  organisationName: string;
  courseTitle: string;
  link: string;
  days: number;
}): TEmailText {
  return {
    subject: `You are invited to safeguarding training with ${p.organisationName}`,
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      `${normalisePersonName(p.inviterName)} has invited you to take the safeguarding course "${p.courseTitle}" with ${p.organisationName}.`,
      "",
      `Set your password and start here (the link works once, for ${p.days} days):`,
      p.link,
      "",
      "If you were not expecting this, you can ignore this email.",
    ),
  };
}

/** For someone added from a staff list: their account exists, and the link chooses its password. */
export function welcomeEmail(p: {
  name: string;
  organisationName: string;
  courseTitle: string;
  /** The calendar day (YYYY-MM-DD) the training is due by, if the list gave one. */
  dueDay: string | null;
  link: string;
  days: number;
}): TEmailText {
  return {
    subject: `Your safeguarding training with ${p.organisationName}`,
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      `${p.organisationName} has enrolled you on the safeguarding course "${p.courseTitle}".`,
      ...(p.dueDay ? [`Please complete it by ${formatCalendarDay(p.dueDay)}.`] : []),
      "",
      `Choose your password here (the link works once, for ${p.days} days):`,
      p.link,
    ),
  };
}

/** For a learner the course has been assigned to (or whose due date changed), by the trainer who assigned it. */
export function assignedEmail(p: {
  name: string;
  organisationName: string;
  courseTitle: string;
  /** The calendar day (YYYY-MM-DD) it is due by. */
  dueDay: string;
  baseUrl: string;
}): TEmailText {
  const due = formatCalendarDay(p.dueDay);
  return {
    subject: `Safeguarding training to complete by ${due}`,
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      `${p.organisationName} has asked you to complete the safeguarding course "${p.courseTitle}" by ${due}.`,
      "You can do it on a phone or a computer, in short sittings: your progress is saved as you go.",
      "",
      "Start or continue here:",
      `${p.baseUrl}/course`,
      "",
      "Thank you for making time for this: it helps keep children safe.",
    ),
  };
}

export function passwordResetEmail(p: { name: string; link: string; minutes: number }): TEmailText {
  return {
    subject: "Reset your password for safeguarding training",
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      `Use this link within ${p.minutes} minutes to choose a new password (it works once):`,
      p.link,
      "",
      "If you did not ask for this, ignore this email: your password has not changed.",
    ),
  };
}

export function signInPausedEmail(p: {
  name: string;
  failures: number;
  minutes: number;
  forgotPasswordLink: string;
}): TEmailText {
  return {
    subject: "Sign-in to your safeguarding training account is paused",
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      `Someone has tried to sign in to your account with the wrong password ${p.failures} times, so signing in is paused for ${p.minutes} minutes.`,
      "",
      "If it was you, wait and try again, or reset your password now: a reset ends the pause at once.",
      p.forgotPasswordLink,
      "",
      "If it was not you, your password has not been changed and no one has signed in. If this keeps happening, tell your trainer or administrator.",
    ),
  };
}

/** No link token: someone else asked for the account, so it only points to the sign-in pages. */
export function existingAccountEmail(p: { name: string; baseUrl: string }): TEmailText {
  return {
    subject: "You already have an account for safeguarding training",
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      "Someone tried to invite you to safeguarding training, or to add you from a staff list, but you already have an account with this email address, so no new account was made and yours was not changed.",
      "",
      `Sign in here: ${p.baseUrl}/login`,
      `Forgotten your password? Choose a new one here: ${p.baseUrl}/forgot-password`,
      "",
      "If you now work somewhere else, ask an administrator to move your account. If you were not expecting this, you can ignore this email.",
    ),
  };
}

/** Told whenever a way of proving who they are is added to or taken from a person's account. */
export function secondFactorChangedEmail(p: {
  name: string;
  change: "added" | "removed" | "reset-by-admin" | "new-recovery-codes";
  baseUrl: string;
}): TEmailText {
  const what = {
    added: "Two-step verification (an authenticator app) was turned on for your account.",
    removed: "Two-step verification (an authenticator app) was turned off for your account.",
    "reset-by-admin":
      "An administrator reset two-step verification on your account. Next time you sign in you will be asked to set up an authenticator app again.",
    "new-recovery-codes": "New recovery codes were made for your account. The old ones no longer work.",
  }[p.change];
  return {
    subject: "Your sign-in settings for safeguarding training have changed",
    text: lines(
      `Hello ${normalisePersonName(p.name)},`,
      "",
      what,
      "",
      "If this was you, there is nothing more to do. If it was not, reset your password now and tell your administrator:",
      `${p.baseUrl}/forgot-password`,
    ),
  };
}
