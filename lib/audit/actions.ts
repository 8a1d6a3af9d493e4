// Every action code the audit log records. What each is called in the log's "Action" filter is in the message files
// (AdminAuditActions, keyed by the code), in every language. A code recorded somewhere but missing here still shows
// (see describeAuditEvent's fallback); actions.test.ts checks every recordAudit call in lib/ and app/ has an entry,
// so none goes unnamed.

export const AUDIT_ACTIONS = [
  "assignment.create",
  "certificate.revoke",
  "contacts.review",
  "contacts.update",
  "email.resend",
  "enrolment.due-date-changed",
  "export.audit-log",
  "export.certificates-pdf",
  "export.csv",
  "export.evidence-pack",
  "group.create",
  "group.delete",
  "import.apply",
  "import.preview",
  "invitation.cancel",
  "invitation.create",
  "invitation.existing-account",
  "invitation.resend",
  "invitation.void",
  "organisation.certificate-logo-removed",
  "organisation.certificate-signatory",
  "organisation.create",
  "organisation.domain-added",
  "organisation.domain-removed",
  "organisation.language",
  "organisation.quiz-retake-wait",
  "organisation.single-sign-on",
  "organisation.trainers-second-factor",
  "second-factor.added",
  "second-factor.recovery-codes-renewed",
  "second-factor.removed",
  "second-factor.reset",
  "user.deactivate",
  "user.erase",
  "user.groups",
  "user.password-reset-sent",
  "user.reactivate",
  "user.role-change",
  "user.welcome-resent",
] as const;

export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(code: unknown): code is TAuditAction {
  return typeof code === "string" && (AUDIT_ACTIONS as readonly string[]).includes(code);
}

/** The filter's options, A to Z by what they say: `label` words a code in the page's language (`locale`). */
export function auditActionOptions(
  label: (code: TAuditAction) => string,
  locale: string,
): { value: TAuditAction; label: string }[] {
  return AUDIT_ACTIONS.map((value) => ({ value, label: label(value) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}
