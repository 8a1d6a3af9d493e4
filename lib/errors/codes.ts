/**
 * Every way the application refuses or fails a request that a person (or an API client) is told about, with the
 * HTTP status a route handler answers it with. The wording is in messages.ts, one catalogue per locale.
 */
export const ERROR_STATUS = {
  // The edge: who is asking, and whether the request can be read.
  SIGN_IN_REQUIRED: 401,
  // No session at all (proxy.ts, before any handler runs).
  SIGN_IN_NEEDED: 401,
  // Addresses and forms proxy.ts refuses before Next sees them.
  ADDRESS_HAS_NUL: 400,
  ADDRESS_MALFORMED: 400,
  ACTION_FROM_ANOTHER_SITE: 403,
  // The sign-in form (next-auth hands the code to it as the error of signIn()).
  SIGN_IN_FAILED: 401,
  SIGN_IN_RATE_LIMITED: 429,
  ROLE_REQUIRED: 403,
  INVALID_INPUT: 400,
  // Screened before Next decodes a server action (proxy.ts), and cross-site POSTs to route handlers.
  ACTION_UNREADABLE: 400,
  ACTION_TOO_LARGE: 413,
  CROSS_SITE_REFUSED: 403,
  FORM_OUT_OF_DATE: 400,
  NOTHING_ERASED: 400,
  CHECK_FORM: 400,
  QUIZ_UNREADABLE: 400,
  QUIZ_LESSONS_UNREAD: 409,
  // A quiz submission that cannot be scored (the API answers all of these 422, with the problems listed).
  QUIZ_MODULE_GONE: 422,
  QUIZ_FORM_EXPIRED: 422,
  QUIZ_UPDATED: 422,
  QUIZ_ANSWER_EVERY_QUESTION: 422,
  QUIZ_FORM_TOO_OLD: 422,
  QUIZ_RETAKE_WAIT: 422,
  ANSWER_UNKNOWN_QUESTION: 422,
  ANSWER_MISSING: 422,
  ANSWER_ONE_ONLY: 422,
  ANSWER_NOT_AN_OPTION: 422,
  ANSWER_REPEATED: 422,
  BODY_NOT_JSON: 400,
  BODY_INVALID: 400,
  // Scope: records outside what the actor manages.
  ORGANISATION_NOT_MANAGED: 403,
  OWN_GROUPS_ONLY: 403,
  // Things that are not there.
  MODULE_NOT_FOUND: 404,
  LESSON_NOT_OPENED: 404,
  CERTIFICATE_NOT_FOUND: 404,
  // Bulk certificates.
  SELECTION_NOT_A_FORM: 400,
  SELECTION_EMPTY: 400,
  SELECTION_TOO_LARGE: 400,
  SELECTION_WITHOUT_CERTIFICATES: 404,
  // People and organisations (administrators).
  ADMIN_ONLY: 403,
  CANNOT_DEACTIVATE_SELF: 400,
  CANNOT_CHANGE_OWN_ROLE: 400,
  PERSON_NOT_FOUND: 404,
  REACTIVATE_FIRST: 409,
  GROUP_OF_ANOTHER_ORGANISATION: 400,
  ORGANISATION_SLUG_TAKEN: 409,
  RETAKE_WAIT_OUT_OF_RANGE: 400,
  THIS_ORGANISATION_GONE: 404,
  THAT_ORGANISATION_GONE: 404,
  GROUP_NAME_TAKEN: 409,
  GROUP_NOT_FOUND: 404,
  // Assignments, contacts, certificates.
  GROUP_NOT_MANAGED: 403,
  ASSIGN_PEOPLE_NOT_FOUND: 404,
  ASSIGN_NOBODY_MATCHED: 404,
  CONTACTS_WHO_EDITS: 403,
  CONTACTS_READ_ONLY: 403,
  NOT_A_CERTIFICATE_NUMBER: 400,
  CERTIFICATE_ALREADY_REVOKED: 409,
  NO_CERTIFICATE_WITH_NUMBER: 404,
  CANNOT_ERASE_SELF: 400,
  ERASE_REASON_LENGTH: 400,
  ALREADY_ERASED: 409,
  // Imports.
  CHOOSE_ORGANISATION: 400,
  CHOOSE_GROUP: 400,
  ENTER_EMAILS: 400,
  ENTER_SIGN_IN_EMAIL: 400,
  IMPORT_FILE_MISSING: 400,
  IMPORT_FILE_TOO_LARGE: 413,
  IMPORT_FILE_NOT_CSV: 400,
  IMPORT_FILE_EMPTY: 400,
  IMPORT_FILE_HEADER: 400,
  IMPORT_FILE_TOO_MANY: 413,
  IMPORT_ROW_NAME_MISSING: 422,
  IMPORT_ROW_NAME_TOO_LONG: 422,
  IMPORT_ROW_EMAIL_MISSING: 422,
  IMPORT_ROW_EMAIL_INVALID: 422,
  IMPORT_ROW_DUPLICATE: 422,
  IMPORT_ROW_UNKNOWN_GROUP: 422,
  IMPORT_ROW_BAD_DATE: 422,
  IMPORT_ROW_OTHER_ORGANISATION: 422,
  IMPORT_ROW_NOT_YOURS: 422,
  IMPORT_UPLOAD_AGAIN: 400,
  IMPORT_NOT_FOUND: 404,
  IMPORT_ALREADY_APPLIED: 409,
  IMPORT_EXPIRED: 410,
  IMPORT_ROWS_REJECTED: 422,
  IMPORT_STALE: 409,
  // Invitations.
  INVITATION_LINK_INVALID: 400,
  INVITATION_TRAINERS_INVITE_LEARNERS: 403,
  INVITATION_GROUP_ELSEWHERE: 400,
  INVITATION_OWN_GROUPS_ONLY: 403,
  INVITATION_ACCOUNT_EXISTS: 409,
  INVITATION_USED: 410,
  INVITATION_REVOKED: 410,
  INVITATION_EXPIRED: 410,
  INVITATION_NOT_FOUND: 404,
  INVITATION_ALREADY_CANCELLED: 409,
  INVITATION_CANCELLED_SEND_NEW: 409,
  ACCOUNT_EXISTS_SIGN_IN: 409,
  // Password reset.
  RESET_LINK_INVALID: 400,
  RESET_LINK_EXPIRED: 410,
  RESET_LINK_USED: 410,
  CHECK_PASSWORD: 400,
  // Reminders: a run found nobody to write to (never shown to a person; the run skips it).
  NOTHING_TO_SEND: 409,
} as const satisfies Record<string, number>;

export type TErrorCode = keyof typeof ERROR_STATUS;

/** Values a message interpolates, by name: `{email}` in the wording is replaced by params.email. */
export type TErrorParams = Readonly<Record<string, string | number>>;

export function statusFor(code: TErrorCode): number {
  return ERROR_STATUS[code];
}

export function isErrorCode(value: unknown): value is TErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}
