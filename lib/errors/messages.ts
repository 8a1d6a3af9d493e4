import type { TLocale } from "../i18n/locales";
import type { TErrorCode, TErrorParams } from "./codes";
import { CY, ROLE_ACTIONS_CY, ROLE_HOLDERS_CY } from "./messages-cy";

/** The locales the catalogue speaks: the interface's (UK English, and Welsh in messages-cy.ts). */
export type { TLocale };

/**
 * What each role requirement is for, as the end of "Only … can …". Codes, not English, so that lib/ and the
 * edge name the action and the catalogue words it.
 */
export const ROLE_ACTIONS = {
  "invite-people": "invite people",
  "cancel-invitations": "cancel invitations",
  "resend-invitations": "resend invitations",
  "import-people": "import people",
  "assign-course": "assign the course",
  "send-reminders": "send reminders",
  "change-due-dates": "change due dates",
  "change-contacts": "change safeguarding contacts",
  "export-records": "export",
  "produce-evidence": "produce evidence packs",
  "print-certificates": "print certificates in bulk",
  "see-question-analysis": "see question analysis",
  "revoke-certificates": "revoke certificates",
  "manage-people": "manage people",
  "search-people": "search all people",
  "list-organisations": "list organisations",
  "create-organisations": "create organisations",
  "create-groups": "create groups",
  "delete-groups": "delete groups",
  "change-quiz-settings": "change quiz settings",
  "read-audit-log": "read the audit log",
  "read-outbox": "read the outbox",
  "resend-emails": "send emails again",
  "erase-people": "erase a person",
  "reset-second-factor": "reset another person's two-step verification",
  "change-sign-in-rules": "change an organisation's sign-in rules",
  "change-organisation-language": "change an organisation's language",
} as const;
export type TRoleAction = keyof typeof ROLE_ACTIONS;

/** Who may, as the start of "Only … can …". */
export const ROLE_HOLDERS = {
  staff: "trainers and administrators",
  admin: "administrators",
} as const;
export type TRoleHolders = keyof typeof ROLE_HOLDERS;

const EN_GB: Record<TErrorCode, string> = {
  SIGN_IN_REQUIRED: "Your session has ended. Sign in again to continue.",
  SIGN_IN_NEEDED: "Sign in to continue.",
  ADDRESS_HAS_NUL: "This address contains a character it may not.",
  ADDRESS_MALFORMED: "This address is not correctly encoded. Check the link and try again.",
  ACTION_FROM_ANOTHER_SITE:
    "This form was sent from another website, so it was refused. Open the page on this site and try again.",
  SIGN_IN_FAILED: "That email and password do not match an active account. Check them and try again.",
  SIGN_IN_RATE_LIMITED:
    "Too many failed sign-in attempts for this account or network. Wait 15 minutes and try again, or reset your password.",
  ROLE_REQUIRED: "Only {holders} can {action}.",
  INVALID_INPUT: "Check the form and try again.",
  ACTION_UNREADABLE: "This form could not be read. Reload the page and try again.",
  ACTION_TOO_LARGE: "This form is too large to send. Uploads may be at most 2 MB.",
  CROSS_SITE_REFUSED: "Cross-site request refused.",
  FORM_OUT_OF_DATE: "Nothing was changed. Reload the page and try again.",
  NOTHING_ERASED: "Nothing was erased: type ERASE to confirm.",
  NOTHING_REVOKED: "Nothing was revoked: type REVOKE to confirm.",
  CHECK_FORM: "Check the form.",
  QUIZ_LESSONS_UNREAD: "The quiz opens once every lesson in this module has been read.",
  QUIZ_UNREADABLE: "Your answers could not be read. Reload the page and try again.",
  QUIZ_MODULE_GONE: "This module does not exist.",
  QUIZ_FORM_EXPIRED: "This quiz form has expired. Reload the page and try again.",
  QUIZ_UPDATED:
    "This quiz has been updated since you opened it. Reload the page for the current questions (your answers were not saved).",
  QUIZ_ANSWER_EVERY_QUESTION: "Please answer every question before submitting.",
  QUIZ_FORM_TOO_OLD:
    "This quiz form is more than a day old. Reload the page for a fresh one (your answers were not saved).",
  QUIZ_RETAKE_WAIT:
    "Your organisation asks you to wait before trying this quiz again: you can retake it from {when}. Use the time to re-read the lessons your answers point to.",
  ANSWER_UNKNOWN_QUESTION: 'Unknown question "{id}".',
  ANSWER_MISSING: "Question {number} has no answer.",
  ANSWER_ONE_ONLY: "Question {number} takes one answer only.",
  ANSWER_NOT_AN_OPTION: "Question {number} has an answer that is not one of its options.",
  ANSWER_REPEATED: "Question {number} repeats an answer.",
  BODY_NOT_JSON: "The request body must be JSON: {shape}.",
  BODY_INVALID: "Expected {shape}.",
  ORGANISATION_NOT_MANAGED: "You cannot manage that organisation.",
  OWN_GROUPS_ONLY: "You can only produce evidence for your own groups.",
  MODULE_NOT_FOUND: "No such module.",
  LESSON_NOT_FOUND: "No such lesson.",
  LESSON_NOT_OPENED: "No such lesson has been opened.",
  CERTIFICATE_NOT_FOUND: "Certificate not found.",
  SELECTION_NOT_A_FORM: "Send the selection as a form: userId (repeated) and, optionally, org.",
  SELECTION_EMPTY: "Select at least one person with a certificate.",
  SELECTION_TOO_LARGE: "Select at most {max} people for one PDF.",
  SELECTION_WITHOUT_CERTIFICATES: "None of the selected people has a certificate.",
  ADMIN_ONLY: "Only administrators can do this.",
  CANNOT_DEACTIVATE_SELF: "You cannot deactivate your own account.",
  CANNOT_CHANGE_OWN_ROLE: "You cannot change your own role.",
  PERSON_NOT_FOUND: "No such person.",
  REACTIVATE_FIRST: "Reactivate this account first.",
  GROUP_OF_ANOTHER_ORGANISATION: "A group does not belong to this person's organisation.",
  ORGANISATION_SLUG_TAKEN: "Could not find a free short name for this organisation.",
  RETAKE_WAIT_OUT_OF_RANGE: "Give a whole number of minutes from 0 to {max}.",
  THIS_ORGANISATION_GONE: "This organisation no longer exists.",
  THAT_ORGANISATION_GONE: "That organisation no longer exists.",
  GROUP_NAME_TAKEN: 'There is already a group called "{name}".',
  GROUP_NOT_FOUND: "No such group.",
  GROUP_NOT_MANAGED: "That group is not one you manage.",
  ASSIGN_PEOPLE_NOT_FOUND: "Not found among the people you manage: {emails}. Nothing was assigned.",
  ASSIGN_NOBODY_MATCHED: "Nobody matched: nothing was assigned.",
  REMIND_NOBODY_CHOSEN: "Tick the people you want to remind.",
  REMIND_NOBODY_MATCHED: "Nobody to remind: none of them is someone you manage who still has the course to do.",
  DUE_DATE_PERSON_NOT_FOUND: "This person is not someone you manage, so their due date was not changed.",
  WELCOME_PERSON_NOT_FOUND: "This person is not someone you manage, so nothing was sent.",
  WELCOME_ALREADY_SET_UP:
    "They have already set up their account, so there is no invitation to resend. If they cannot sign in, an administrator can send them a password reset.",
  WELCOME_USES_SSO: "They sign in with their organisation's single sign-on, so there is no password to set up.",
  WELCOME_DEACTIVATED: "This account is deactivated: an administrator must reactivate it first.",
  CONTACTS_WHO_EDITS:
    "Only administrators and trainers who look after the whole organisation (not just some of its groups) can change them.",
  CONTACTS_READ_ONLY:
    "You can see these contacts but not change them. Only administrators and trainers who look after the whole organisation (not just some of its groups) can change them.",
  NOT_A_CERTIFICATE_NUMBER: "That is not a certificate number.",
  CERTIFICATE_ALREADY_REVOKED: "This certificate has already been revoked.",
  NO_CERTIFICATE_WITH_NUMBER: "No certificate has that number.",
  CANNOT_ERASE_SELF: "You cannot erase your own account: ask another administrator.",
  ERASE_REASON_LENGTH: "Give a reason of 5 to 500 characters: it is kept with the record.",
  ALREADY_ERASED: "This person has already been erased.",
  CHOOSE_ORGANISATION: "Choose an organisation.",
  CHOOSE_GROUP: "Choose a group.",
  ENTER_EMAILS: "Enter at least one email address.",
  ENTER_SIGN_IN_EMAIL: "Enter the email address you sign in with.",
  IMPORT_FILE_MISSING: "Choose a CSV file to upload.",
  IMPORT_FILE_TOO_LARGE: "The file is larger than 2 MB. Split it into smaller files.",
  IMPORT_FILE_NOT_CSV: "The file could not be read as CSV: {reason}.",
  IMPORT_FILE_EMPTY: "The file is empty.",
  IMPORT_FILE_HEADER: 'The first row must name the columns: "name", "email", and optionally "group" and "due date".',
  IMPORT_FILE_TOO_MANY: "The file has {count} people; import at most {max} at a time.",
  IMPORT_ROW_NAME_MISSING: "Name is missing.",
  IMPORT_ROW_NAME_TOO_LONG: "Name is longer than 120 characters.",
  IMPORT_ROW_EMAIL_MISSING: "Email is missing.",
  IMPORT_ROW_EMAIL_INVALID: '"{email}" is not a valid email address.',
  IMPORT_ROW_DUPLICATE: "Duplicate: this email is also on line {line}.",
  IMPORT_ROW_UNKNOWN_GROUP: 'Unknown group "{group}".',
  IMPORT_ROW_BAD_DATE: 'Due date "{value}" is not a date: use 2027-01-31 or 31/01/2027.',
  IMPORT_ROW_OTHER_ORGANISATION: "This email belongs to someone in another organisation.",
  IMPORT_ROW_NOT_YOURS: "This address cannot be added by you: ask an administrator.",
  IMPORT_UPLOAD_AGAIN: "Upload the file again.",
  IMPORT_NOT_FOUND: "This import preview was not found. Upload the file again.",
  IMPORT_ALREADY_APPLIED: "This import has already been applied.",
  IMPORT_EXPIRED: "This preview is more than an hour old. Upload the file again.",
  IMPORT_ROWS_REJECTED: "Some rows were rejected. Fix them and upload the file again: nothing has been imported.",
  IMPORT_STALE:
    "Some people or groups have changed since the file was checked. Upload it again: nothing has been imported.",
  INVITATION_LINK_INVALID: "This invitation link is not valid.",
  INVITATION_TRAINERS_INVITE_LEARNERS: "Trainers can invite learners only.",
  INVITATION_GROUP_ELSEWHERE: "One of the groups does not belong to this organisation.",
  INVITATION_OWN_GROUPS_ONLY: "You can only add people to your own groups.",
  INVITATION_ACCOUNT_EXISTS: "{email} already has an account.",
  INVITATION_USED: "This invitation has already been used: sign in instead.",
  INVITATION_REVOKED: "This invitation has been cancelled. Ask your trainer or administrator for a new one.",
  INVITATION_EXPIRED: "This invitation link has expired or is not valid. Ask for a new one.",
  INVITATION_NOT_FOUND: "That invitation was not found, or has already been accepted.",
  INVITATION_ALREADY_CANCELLED: "This invitation has already been cancelled.",
  INVITATION_CANCELLED_SEND_NEW: "This invitation was cancelled: send a new one instead.",
  ACCOUNT_EXISTS_SIGN_IN: "An account with this email already exists: sign in instead.",
  RESET_LINK_INVALID: "This reset link is not valid.",
  RESET_LINK_EXPIRED: "This reset link has expired or has already been used. Ask for a new one.",
  RESET_LINK_USED: "This reset link has already been used.",
  CHECK_PASSWORD: "Check your password.",
  NOTHING_TO_SEND: "There was nothing to send.",
  EMAIL_NOT_FOUND: "That email is no longer in the outbox.",
  EMAIL_ALREADY_SENT: "This email has already been sent: nothing was sent again.",
  EMAIL_BEING_SENT: "This email is being sent right now. Reload the page in a minute to see how it went.",
  EMAIL_LINK_GONE:
    "The single-use link in this email has expired or can no longer be read, so sending it again would not help. Send the person a new link instead (a new invitation, or a password reset from their page).",
  EMAIL_RECIPIENT_ERASED: "This email was to a person whose details have been erased, so it cannot be sent again.",
  SECOND_FACTOR_NEEDED: "Enter the code from your authenticator app to finish signing in.",
  SECOND_FACTOR_WRONG_CODE:
    "That code is not right, or has already been used. Enter the code your authenticator app shows now, or one of your recovery codes.",
  SECOND_FACTOR_RATE_LIMITED:
    "Too many wrong codes for this account or network. Wait 15 minutes and try again, or ask an administrator to reset two-step verification.",
  SECOND_FACTOR_ALREADY_ON: "Two-step verification is already on for your account.",
  SECOND_FACTOR_SETUP_EXPIRED: "This setup has expired. Reload the page and scan the new QR code.",
  SECOND_FACTOR_NOT_ON: "Two-step verification is not on for this account.",
  SECOND_FACTOR_REQUIRED:
    "Your role needs two-step verification, so it cannot be turned off. For a new phone, ask an administrator to reset it.",
  CANNOT_RESET_OWN_SECOND_FACTOR:
    "You cannot reset your own two-step verification here: use a recovery code, or ask another administrator.",
  SSO_FAILED:
    "Signing in with your organisation's account did not work (the sign-in may have expired or been interrupted). Try again.",
  SSO_ACCOUNT_INACTIVE: "This account has been deactivated. Ask your trainer or administrator if you need access.",
  SSO_NO_EMAIL:
    "Your organisation's account did not tell us your email address, so we cannot tell who you are. Ask your IT team to include it.",
  SSO_EMAIL_UNVERIFIED:
    "Your organisation's account did not confirm your email address, so it cannot be used to sign in here. Sign in with your password, or ask your IT team.",
  SSO_DOMAIN_UNKNOWN:
    "Your email address is not in a domain any organisation here has set up for single sign-on. Sign in with your password, or ask your administrator to add your organisation's domain.",
  SSO_NOT_WORKSPACE:
    "That is a personal Google account. Sign in with your organisation's Google Workspace account, or with your password.",
  SSO_TENANT_MISMATCH:
    "Your Microsoft account belongs to a directory that is not the one your organisation has set up here. Ask your administrator to check the tenant id.",
  SSO_ACCOUNT_ELSEWHERE:
    "Your email address already has an account in another organisation here, so it cannot be joined to this one. Ask an administrator.",
  SSO_NOT_FOR_ADMINISTRATORS:
    "Administrators sign in with their email, password and authenticator app, not with an organisation's account.",
  SSO_REQUIRED_NEEDS_PROVIDER:
    "Tick at least one kind of account that may sign in before requiring single sign-on: otherwise no one but administrators could sign in.",
  SSO_PROVIDER_NOT_ACCEPTED:
    "Your organisation has not switched on signing in with this kind of account here. Use the button your organisation uses, or your password, or ask your administrator.",
  SIGN_IN_USE_SSO: "Your organisation signs you in with its own account. Use the button for it below, not a password.",
  PERSON_USES_SSO:
    "Their organisation signs its people in with its own accounts, so they have no password here to reset. Their IT team can help them sign in.",
  DOMAIN_TAKEN: "{domain} is already set up for {organisation}. A domain can belong to one organisation only.",
  DOMAIN_NOT_FOUND: "That domain is not set up for this organisation.",
  FIELD_DOMAIN_INVALID: "Enter a domain like school.example.org, without the @ or any spaces.",
  FIELD_TENANT_INVALID:
    "Enter the tenant (directory) id from Microsoft Entra: 36 characters like 72f988bf-86f1-41af-91ab-2d7cd011db47.",
  LOGO_NOT_AN_IMAGE: "The logo must be a PNG or JPEG image. Save it in one of those formats and upload it again.",
  LOGO_TOO_LARGE:
    "The logo is larger than {max} KB. Save a smaller copy (about 600 pixels wide is plenty for print) and upload it again.",
  FIELD_SIGNATORY_ROLE_WITHOUT_NAME: "Give the signatory's name as well as their role, or leave both empty.",
  FIELD_SIGNATORY_TOO_LONG: "Keep this under {max} characters so that it fits on the certificate.",
  FIELD_CODE_MISSING: "Enter the 6-digit code from your authenticator app.",
  FIELD_PASSWORD_TOO_SHORT: "Use at least {min} characters: three random words work well.",
  FIELD_PASSWORD_TOO_LONG: "Use at most {max} characters.",
  FIELD_PASSWORDS_DIFFER: "The two passwords do not match.",
  FIELD_NAME_MISSING: "Enter their name.",
  FIELD_NAME_TOO_SHORT: "Give a name of at least {min} characters.",
  FIELD_NAME_TOO_LONG: "Keep the name under {max} characters.",
  FIELD_NOT_A_RECORD_ID: "Not a valid id.",
  FIELD_TOO_MANY_ANSWERS: "Too many answers.",
  FIELD_CONTACT_NAME_MISSING: "Each contact needs a name.",
  FIELD_CONTACT_EMAIL_INVALID: "Check the email addresses.",
  FIELD_EMAIL_INVALID: "Enter a valid email address.",
  FIELD_CONTACT_PHONE_INVALID: "Phone numbers may contain digits, spaces, brackets, dashes and a leading +.",
  FIELD_CONTACT_PROBLEM: "Contact {number}: {problems}",
  FIELD_ERASE_REASON_TOO_SHORT: "Give a reason of at least {min} characters: it is kept in the audit log.",
  FIELD_REASON_TOO_SHORT: "Give a reason of at least {min} characters: it is kept with the record.",
  FIELD_REASON_TOO_LONG: "Keep the reason under {max} characters.",
  FIELD_WAIT_NOT_A_NUMBER: "Give the wait in minutes, as a whole number.",
  FIELD_WAIT_NEGATIVE: "The wait cannot be negative.",
  FIELD_WAIT_TOO_LONG: "Keep the wait to one week ({max} minutes) or less.",
  FIELD_TYPE_ERASE: "Type ERASE, in capital letters, to confirm.",
  FIELD_TYPE_REVOKE: "Type REVOKE, in capital letters, to confirm.",
  FIELD_DUE_DATE_MISSING: "Choose a due date.",
  FIELD_READING_TEXT_SIZE: "Choose one of the text size options.",
  FIELD_READING_LINE_SPACING: "Choose one of the line spacing options.",
  FIELD_READING_FONT: "Choose one of the font options.",
  FIELD_READING_CONTRAST: "Choose one of the contrast options.",
  AUDIT_FILTER_ONE_PERSON: "Choose one person.",
  AUDIT_FILTER_PERSON_FROM_LIST: "Choose the person from the list.",
  AUDIT_FILTER_ACTION_FROM_LIST: "Choose one action from the list.",
  AUDIT_FILTER_ONE_ORGANISATION: "Choose one organisation.",
  AUDIT_FILTER_ORGANISATION_FROM_LIST: "Choose the organisation from the list.",
  AUDIT_FILTER_ONE_FROM_DATE: "Give one “from” date.",
  AUDIT_FILTER_ONE_TO_DATE: "Give one “to” date.",
  AUDIT_FILTER_FROM_NOT_A_DATE: "The “from” date “{value}” is not a date: use 31/01/2026.",
  AUDIT_FILTER_TO_NOT_A_DATE: "The “to” date “{value}” is not a date: use 31/01/2026.",
  AUDIT_FILTER_ONE_PAGE: "Give one page number.",
  AUDIT_FILTER_PAGE_NOT_A_NUMBER: "The page must be a whole number.",
  AUDIT_FILTER_DATES_BACKWARDS: "The “from” date is after the “to” date: swap them, or change one.",
};

/** Each locale's wording of every code, and of the role phrases ROLE_REQUIRED is built from. */
export const CATALOGUES: Record<
  TLocale,
  { codes: Record<TErrorCode, string>; actions: Record<TRoleAction, string>; holders: Record<TRoleHolders, string> }
> = {
  "en-GB": { codes: EN_GB, actions: ROLE_ACTIONS, holders: ROLE_HOLDERS },
  cy: { codes: CY, actions: ROLE_ACTIONS_CY, holders: ROLE_HOLDERS_CY },
};

/** Params that are themselves catalogue keys (a role action, who holds it) are worded in the same locale. */
function wordParam(name: string, value: string | number, locale: TLocale): string {
  const { actions, holders } = CATALOGUES[locale];
  if (name === "action" && typeof value === "string" && Object.hasOwn(actions, value))
    return actions[value as TRoleAction];
  if (name === "holders" && typeof value === "string" && Object.hasOwn(holders, value))
    return holders[value as TRoleHolders];
  return String(value);
}

/** The wording of an error for a person, with `{name}` placeholders filled from params (left as is when absent). */
export function messageFor(code: TErrorCode, params: TErrorParams = {}, locale: TLocale = "en-GB"): string {
  return CATALOGUES[locale].codes[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? wordParam(name, params[name]!, locale) : whole,
  );
}
