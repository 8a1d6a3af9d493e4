// An audit event in plain English for a designated safeguarding lead: who did what to whom, with names rather
// than ids, and its details as "label: value" text. Pure: the names come in as lookups (read in batches by
// resolve.ts), so every wording is unit-tested. An erased person is never named, whatever the record says.
import { roleLabel, isRole } from "../auth/roles";
import { LEARNER_STATUS_LABELS, type TLearnerStatus } from "../enrolments/status";
import { formatCalendarDay } from "../format/dates";
import { formatMinutes } from "../format/durations";
import { emailKindLabel } from "../email/kinds";
import { isLocale, LOCALE_NAMES } from "../i18n/locales";
import { AUDIT_ACTIONS, isAuditAction } from "./actions";
import { readableDetails, readableValue } from "./readable-details";

export type TPersonRef = { name: string; erased: boolean };
export type TAuditLookups = {
  people: ReadonlyMap<string, TPersonRef>;
  organisations: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
  /** Certificate number → its holder. */
  certificates: ReadonlyMap<string, TPersonRef>;
  invitations: ReadonlyMap<string, TPersonRef & { email: string }>;
  /** Outbox email id → whom it was to. */
  emails: ReadonlyMap<string, { kind: string; toUserId: string | null; toEmail: string }>;
};
export type TAuditEventFacts = {
  action: string;
  actorId: string | null;
  organisationId: string | null;
  targetType: string;
  targetId: string | null;
  details: unknown;
};
export type TAuditDetail = { label: string; value: string };
export type TAuditDescription = { summary: string; details: TAuditDetail[] };

const ERASED = "an erased person";
/** Erasure leaves an account this address (lib/privacy/erase.ts), so an address alone also tells. */
const isErasedAddress = (email: string) => /@erased\.invalid$/i.test(email);

type TRecord = Record<string, unknown>;
const asRecord = (v: unknown): TRecord => (v && typeof v === "object" && !Array.isArray(v) ? (v as TRecord) : {});
const str = (v: unknown) => (typeof v === "string" ? v : "");
const languageName = (v: unknown) => (isLocale(v) ? LOCALE_NAMES[v] : str(v) || "(none)");
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
const possessive = (name: string) => `${name}'s`;
const role = (v: unknown) => (isRole(v) ? roleLabel(v).toLowerCase() : readableValue(v));
const day = (v: unknown) => (/^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? formatCalendarDay(str(v)) : readableValue(v));

/** The words for each action, given the names already looked up. */
function namer(event: TAuditEventFacts, lookups: TAuditLookups) {
  const person = (id: string | null | undefined): string => {
    if (!id) return "someone";
    const found = lookups.people.get(id);
    if (!found) return "a person no longer on record";
    return found.erased ? ERASED : found.name;
  };
  const byEmail = (email: string, name?: string) => (isErasedAddress(email) ? ERASED : name || email || "someone");
  const invitee = (id: string | null, d: TRecord) => {
    const found = id ? lookups.invitations.get(id) : undefined;
    if (found) return found.erased || isErasedAddress(found.email) ? ERASED : `${found.name} (${found.email})`;
    return byEmail(str(d.email));
  };
  const organisation = (id: string | null | undefined) =>
    (id && lookups.organisations.get(id)) || "an organisation no longer on record";
  const group = (id: unknown, fallback?: string) =>
    (typeof id === "string" && lookups.groups.get(id)) || fallback || "a group since deleted";
  const groups = (ids: unknown) => (Array.isArray(ids) && ids.length ? ids.map((id) => group(id)).join(", ") : "none");
  return { person, byEmail, invitee, organisation, group, groups, actor: actorName(event.actorId, lookups) };
}

/** Who did it, as the start of a sentence. */
export function actorName(actorId: string | null, lookups: Pick<TAuditLookups, "people">): string {
  if (!actorId) return "The system";
  const found = lookups.people.get(actorId);
  if (!found) return "A person no longer on record";
  return found.erased ? "An erased person" : found.name;
}

type TDescriber = (
  e: TAuditEventFacts,
  d: TRecord,
  n: ReturnType<typeof namer>,
  lookups: TAuditLookups,
) => { summary: string; details?: TAuditDetail[] };

const emailDetail = (d: TRecord): TAuditDetail[] =>
  str(d.email) && !isErasedAddress(str(d.email)) ? [{ label: "Email at the time", value: str(d.email) }] : [];

const SSO_FIELDS: Record<string, string> = {
  ssoRequired: "Single sign-on required",
  ssoProviders: "Accounts accepted",
  entraTenantId: "Microsoft tenant",
  ssoNeedsSecondFactor: "Our two-step code asked for as well",
};
const PROVIDERS: Record<string, string> = { "azure-ad": "Microsoft", google: "Google", oidc: "Other OpenID Connect" };
function ssoValue(key: string, value: unknown): string {
  if (key === "ssoProviders")
    return (
      str(value)
        .split(",")
        .filter(Boolean)
        .map((id) => PROVIDERS[id] ?? id)
        .join(", ") || "none"
    );
  return readableValue(value);
}

function filterDetails(d: TRecord, n: ReturnType<typeof namer>): TAuditDetail[] {
  const out: TAuditDetail[] = [];
  if (str(d.groupId) || str(d.group)) out.push({ label: "Group", value: n.group(str(d.groupId) || str(d.group)) });
  if (str(d.status))
    out.push({ label: "Status", value: LEARNER_STATUS_LABELS[d.status as TLearnerStatus] ?? str(d.status) });
  if (str(d.q)) out.push({ label: "Search", value: str(d.q) });
  if (str(d.actorId)) out.push({ label: "Done by", value: n.person(str(d.actorId)) });
  if (str(d.action))
    out.push({ label: "Action", value: isAuditAction(d.action) ? AUDIT_ACTIONS[d.action] : str(d.action) });
  if (str(d.from)) out.push({ label: "From", value: day(d.from) });
  if (str(d.to)) out.push({ label: "To", value: day(d.to) });
  return out;
}

const DESCRIBERS: Record<string, TDescriber> = {
  "certificate.revoke": (e, d, n, l) => {
    const holder = e.targetId ? l.certificates.get(e.targetId) : undefined;
    const whose = holder ? ` held by ${holder.erased ? ERASED : holder.name}` : "";
    return {
      summary: `${n.actor} revoked certificate ${e.targetId ?? ""}${whose}: ${str(d.reason) || "no reason given"}`,
    };
  },
  "user.erase": (_e, d, n) => ({
    summary: `${n.actor} erased a person's personal details: ${str(d.reason) || "no reason given"}`,
    details: [{ label: "Certificates revoked", value: String(num(d.certificatesRevoked)) }],
  }),
  "user.role-change": (e, d, n) => ({
    summary: `${n.actor} changed ${possessive(n.person(e.targetId))} role from ${role(d.from)} to ${role(d.to)}`,
    details: emailDetail(d),
  }),
  "user.deactivate": (e, d, n) => ({
    summary: `${n.actor} deactivated ${possessive(n.person(e.targetId))} account`,
    details: emailDetail(d),
  }),
  "user.reactivate": (e, d, n) => ({
    summary: `${n.actor} reactivated ${possessive(n.person(e.targetId))} account`,
    details: emailDetail(d),
  }),
  "user.password-reset-sent": (e, d, n) => ({
    summary: `${n.actor} sent ${n.person(e.targetId)} a link to set a new password`,
    details: emailDetail(d),
  }),
  "user.welcome-resent": (e, d, n) => ({
    summary: `${n.actor} sent ${n.person(e.targetId)} a new welcome link to choose a password`,
    details: emailDetail(d),
  }),
  "enrolment.due-date-changed": (e, d, n) => ({
    summary: d.from
      ? `${n.actor} changed ${possessive(n.person(e.targetId))} due date from ${day(d.from)} to ${day(d.to)}`
      : `${n.actor} set ${possessive(n.person(e.targetId))} due date to ${day(d.to)}`,
    details: [{ label: "Emailed to them", value: readableValue(d.emailed === true) }],
  }),
  "user.groups": (e, d, n) => ({
    summary: `${n.actor} changed ${possessive(n.person(e.targetId))} groups`,
    details: [
      { label: "Member of", value: n.groups(d.memberOf) },
      ...(Array.isArray(d.trainerOf) && d.trainerOf.length ? [{ label: "Trains", value: n.groups(d.trainerOf) }] : []),
      ...emailDetail(d),
    ],
  }),
  "second-factor.added": (e, _d, n) => ({
    summary:
      e.targetId && e.targetId !== e.actorId
        ? `${n.actor} set up two-step verification for ${n.person(e.targetId)}`
        : `${n.actor} set up two-step verification`,
  }),
  "second-factor.recovery-codes-renewed": (_e, _d, n) => ({
    summary: `${n.actor} renewed their two-step verification recovery codes`,
  }),
  "second-factor.removed": (_e, _d, n) => ({ summary: `${n.actor} turned off two-step verification` }),
  "second-factor.reset": (e, d, n) => ({
    summary: `${n.actor} reset ${possessive(n.person(e.targetId))} two-step verification`,
    details: emailDetail(d),
  }),
  "assignment.create": (e, d, n) => {
    const to =
      e.targetType === "group"
        ? `the group ${n.group(e.targetId)}`
        : e.targetType === "people"
          ? "named people"
          : `everyone they manage in ${n.organisation(e.organisationId)}`;
    return {
      summary: `${n.actor} assigned the course to ${to} (${plural(num(d.people), "person", "people")}), due ${day(d.dueDate)}`,
    };
  },
  "import.preview": (_e, d, n) => ({
    summary: `${n.actor} checked a staff list of ${plural(num(d.rows), "row")} before importing it`,
    details: [
      { label: "New people", value: String(num(d.create)) },
      { label: "To update", value: String(num(d.update)) },
      { label: "Rejected", value: String(num(d.reject)) },
      { label: "Addresses with an account the importer may not manage", value: String(num(d.existingNotYours)) },
    ],
  }),
  "import.apply": (_e, d, n) => ({
    summary: `${n.actor} imported a staff list: ${plural(num(d.created), "person", "people")} added, ${num(d.updated)} updated`,
    details: [
      { label: "Addresses with an account the importer may not manage", value: String(num(d.existingNotYours)) },
      { label: "Told they already have an account", value: String(num(d.noticesQueued)) },
    ],
  }),
  "invitation.create": (e, d, n) => ({
    summary: `${n.actor} invited ${n.invitee(e.targetId, d)} as ${role(d.role) === "administrator" ? "an" : "a"} ${role(d.role)}`,
  }),
  "invitation.existing-account": (e, d, n) => ({
    summary: `${n.actor} tried to invite ${n.person(e.targetId)}, who already has an account: they were emailed how to sign in`,
    details: emailDetail(d),
  }),
  "invitation.cancel": (e, d, n) => ({ summary: `${n.actor} cancelled the invitation to ${n.invitee(e.targetId, d)}` }),
  "invitation.resend": (e, d, n) => ({
    summary: `${n.actor} sent the invitation to ${n.invitee(e.targetId, d)} again, with a new link`,
  }),
  "invitation.void": (e, d, n) => ({
    summary: `${n.actor} cancelled ${plural(Array.isArray(d.invitations) ? d.invitations.length : 0, "open invitation")} sent by ${n.person(e.targetId)}: ${str(d.reason) || "no reason given"}`,
  }),
  "contacts.update": (e, d, n) => ({
    summary: `${n.actor} changed the safeguarding contacts of ${n.organisation(e.targetId ?? e.organisationId)} (${plural(num(d.count), "contact")} now listed)`,
  }),
  "contacts.review": (e, _d, n) => ({
    summary: `${n.actor} confirmed the safeguarding contacts of ${n.organisation(e.targetId ?? e.organisationId)} are up to date`,
  }),
  "organisation.certificate-signatory": (e, d, n) => {
    const from = asRecord(d.from);
    const to = asRecord(d.to);
    const logo = asRecord(d.logo);
    return {
      summary: `${n.actor} changed who signs the certificates of ${n.organisation(e.targetId)}`,
      details: [
        { label: "Signatory", value: `${readableValue(from.signatoryName)} → ${readableValue(to.signatoryName)}` },
        { label: "Their role", value: `${readableValue(from.signatoryRole)} → ${readableValue(to.signatoryRole)}` },
        ...(str(logo.type)
          ? [{ label: "New logo", value: `${str(logo.type)}, ${plural(num(logo.bytes), "byte")}` }]
          : []),
      ],
    };
  },
  "organisation.certificate-logo-removed": (e, _d, n) => ({
    summary: `${n.actor} removed the logo from the certificates of ${n.organisation(e.targetId)}`,
  }),
  "organisation.create": (e, d, n) => ({
    summary: `${n.actor} created the organisation ${str(d.name) || n.organisation(e.targetId)}`,
  }),
  "organisation.quiz-retake-wait": (e, d, n) => ({
    summary: `${n.actor} changed how long learners in ${n.organisation(e.targetId)} wait before retaking a quiz, from ${formatMinutes(num(d.from))} to ${formatMinutes(num(d.to))}`,
  }),
  "organisation.trainers-second-factor": (e, d, n) => ({
    summary: `${n.actor} ${d.to ? "required" : "stopped requiring"} two-step verification for trainers in ${n.organisation(e.targetId)}`,
  }),
  "organisation.language": (e, d, n) => ({
    summary: `${n.actor} changed the language of ${n.organisation(e.targetId)} from ${languageName(d.from)} to ${languageName(d.to)}`,
  }),
  "organisation.domain-added": (e, d, n) => ({
    summary: `${n.actor} added the email domain ${str(d.domain)} to ${n.organisation(e.targetId)} for single sign-on`,
  }),
  "organisation.domain-removed": (e, d, n) => ({
    summary: `${n.actor} removed the email domain ${str(d.domain)} from ${n.organisation(e.targetId)}`,
  }),
  "organisation.single-sign-on": (e, d, n) => {
    const from = asRecord(d.from);
    const to = asRecord(d.to);
    const changed = Object.keys(SSO_FIELDS).filter((k) => ssoValue(k, from[k]) !== ssoValue(k, to[k]));
    return {
      summary: `${n.actor} changed the single sign-on settings of ${n.organisation(e.targetId)}`,
      details: changed.length
        ? changed.map((k) => ({ label: SSO_FIELDS[k]!, value: `${ssoValue(k, from[k])} → ${ssoValue(k, to[k])}` }))
        : [{ label: "Changes", value: "none (saved as they were)" }],
    };
  },
  "group.create": (e, d, n) => ({
    summary: `${n.actor} created the group ${n.group(e.targetId, str(d.name))} in ${n.organisation(e.organisationId)}`,
  }),
  "group.delete": (e, d, n) => ({
    summary: `${n.actor} deleted the group ${str(d.name) || "(unnamed)"} from ${n.organisation(e.organisationId)}`,
  }),
  "export.csv": (e, d, n) => ({
    summary: `${n.actor} downloaded the training records of ${n.organisation(str(d.organisationId) || e.organisationId)} as a spreadsheet (CSV)`,
    details: filterDetails(d, n),
  }),
  "export.evidence-pack": (e, d, n) => ({
    summary: `${n.actor} downloaded the evidence pack for ${n.organisation(e.organisationId)}`,
    details: filterDetails(d, n),
  }),
  "export.certificates-pdf": (e, d, n) => ({
    summary: `${n.actor} printed ${plural(num(d.count), "certificate")} from ${n.organisation(e.organisationId)} as one PDF`,
  }),
  "export.audit-log": (e, d, n) => ({
    summary: `${n.actor} downloaded the audit log as a spreadsheet (CSV)`,
    details: [
      ...(str(d.organisationId) ? [{ label: "Organisation", value: n.organisation(str(d.organisationId)) }] : []),
      ...filterDetails(d, n),
    ],
  }),
  "email.resend": (e, d, n, l) => {
    const email = e.targetId ? l.emails.get(e.targetId) : undefined;
    const to = email ? (email.toUserId ? n.person(email.toUserId) : n.byEmail(email.toEmail)) : "someone";
    return {
      summary: `${n.actor} sent the email “${emailKindLabel(str(d.kind) || email?.kind || "")}” to ${to} again from the outbox`,
    };
  },
};

/** The event in words, and its details as label/value pairs (never JSON). Unknown codes still read sensibly. */
export function describeAuditEvent(event: TAuditEventFacts, lookups: TAuditLookups): TAuditDescription {
  const d = asRecord(event.details);
  const n = namer(event, lookups);
  const describe = Object.hasOwn(DESCRIBERS, event.action) ? DESCRIBERS[event.action] : undefined;
  if (describe) {
    const { summary, details = [] } = describe(event, d, n, lookups);
    return { summary: capitalise(summary), details };
  }
  // Recorded by code newer than this list: say what we can, plainly, and show every detail as text.
  const target =
    event.targetType === "user" && event.targetId
      ? ` concerning ${n.person(event.targetId)}`
      : event.targetType === "organisation" && event.targetId
        ? ` concerning ${n.organisation(event.targetId)}`
        : "";
  return {
    summary: `${n.actor} did something the log records as “${event.action}”${target}`,
    details: readableDetails(d),
  };
}
