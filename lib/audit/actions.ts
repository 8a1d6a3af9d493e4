// Every action code the audit log records, with the name a designated safeguarding lead reads in the log's
// "Action" filter. A code recorded somewhere but missing here still shows (see describeAuditEvent's fallback);
// actions.test.ts checks every recordAudit call in lib/ and app/ has an entry, so none goes unnamed.

export const AUDIT_ACTIONS = {
  "assignment.create": "Course assigned",
  "certificate.revoke": "Certificate revoked",
  "contacts.review": "Safeguarding contacts confirmed up to date",
  "contacts.update": "Safeguarding contacts changed",
  "email.resend": "Email resent from the outbox",
  "enrolment.due-date-changed": "Due date changed",
  "export.audit-log": "Audit log exported",
  "export.certificates-pdf": "Certificates printed in bulk",
  "export.csv": "Training records exported",
  "export.evidence-pack": "Evidence pack downloaded",
  "group.create": "Group created",
  "group.delete": "Group deleted",
  "import.apply": "Staff list imported",
  "import.preview": "Staff list checked for import",
  "invitation.cancel": "Invitation cancelled",
  "invitation.create": "Person invited",
  "invitation.existing-account": "Invitation to someone with an account",
  "invitation.resend": "Invitation sent again",
  "invitation.void": "Invitations cancelled with their sender",
  "organisation.certificate-logo-removed": "Certificate logo removed",
  "organisation.certificate-signatory": "Certificate signatory changed",
  "organisation.create": "Organisation created",
  "organisation.domain-added": "Single sign-on domain added",
  "organisation.domain-removed": "Single sign-on domain removed",
  "organisation.language": "Organisation's language changed",
  "organisation.quiz-retake-wait": "Quiz retake wait changed",
  "organisation.single-sign-on": "Single sign-on settings changed",
  "organisation.trainers-second-factor": "Two-step verification rule for trainers changed",
  "second-factor.added": "Two-step verification set up",
  "second-factor.recovery-codes-renewed": "Recovery codes renewed",
  "second-factor.removed": "Two-step verification turned off",
  "second-factor.reset": "Two-step verification reset by an administrator",
  "user.deactivate": "Account deactivated",
  "user.erase": "Person erased",
  "user.groups": "Groups changed",
  "user.password-reset-sent": "Password reset link sent",
  "user.reactivate": "Account reactivated",
  "user.role-change": "Role changed",
  "user.welcome-resent": "Welcome link sent again",
} as const satisfies Record<string, string>;

export type TAuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(code: unknown): code is TAuditAction {
  return typeof code === "string" && Object.hasOwn(AUDIT_ACTIONS, code);
}

/** The filter's options, A to Z by what they say. */
export function auditActionOptions(): { value: TAuditAction; label: string }[] {
  return (Object.entries(AUDIT_ACTIONS) as [TAuditAction, string][])
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
}
