// An audit event in plain words (English or Welsh, from the message files) for a designated safeguarding lead: who did what to whom, with names rather
// than ids, and its details as "label: value" text. Pure: the names come in as lookups (read in batches by
// resolve.ts), so every wording is unit-tested. An erased person is never named, whatever the record says.
import { isRole } from "../auth/roles";
import { formatCalendarDay } from "../format/dates";
import { formatMinutes } from "../format/durations";
import { emailKindLabel } from "../email/kinds";
import { isLocale, LOCALE_NAMES, type TLocale } from "../i18n/locales";
import { isAuditAction } from "./actions";
import { readableDetails, readableValue } from "./readable-details";
import { auditActionWords, auditEventWords, learnerStatusWords, type TAuditWords } from "./words";

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

/** Erasure leaves an account this address (lib/privacy/erase.ts), so an address alone also tells. */
const isErasedAddress = (email: string) => /@erased\.invalid$/i.test(email);

type TRecord = Record<string, unknown>;
const asRecord = (v: unknown): TRecord => (v && typeof v === "object" && !Array.isArray(v) ? (v as TRecord) : {});
const str = (v: unknown) => (typeof v === "string" ? v : "");
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The words of one language: values in words, and the names each action needs looked up. */
function namer(event: TAuditEventFacts, lookups: TAuditLookups, t: TAuditWords, locale: TLocale) {
  const erased = t("names.erased");
  const value = (v: unknown): string =>
    v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)
      ? t("values.none")
      : typeof v === "boolean"
        ? t(v ? "values.yes" : "values.no")
        : readableValue(v);
  const person = (id: string | null | undefined): string => {
    if (!id) return t("names.someone");
    const found = lookups.people.get(id);
    if (!found) return t("names.personGone");
    return found.erased ? erased : found.name;
  };
  const byEmail = (email: string, name?: string) =>
    isErasedAddress(email) ? erased : name || email || t("names.someone");
  const invitee = (id: string | null, d: TRecord) => {
    const found = id ? lookups.invitations.get(id) : undefined;
    if (found)
      return found.erased || isErasedAddress(found.email)
        ? erased
        : t("names.invitee", { name: found.name, email: found.email });
    return byEmail(str(d.email));
  };
  const organisation = (id: string | null | undefined) =>
    (id && lookups.organisations.get(id)) || t("names.organisationGone");
  const group = (id: unknown, fallback?: string) =>
    (typeof id === "string" && lookups.groups.get(id)) || fallback || t("names.groupGone");
  const groups = (ids: unknown) =>
    Array.isArray(ids) && ids.length ? ids.map((id) => group(id)).join(", ") : t("values.none");
  const role = (v: unknown) => (isRole(v) ? t(`roles.${v}`) : value(v));
  const day = (v: unknown) => (/^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? formatCalendarDay(str(v), { locale }) : value(v));
  const languageName = (v: unknown) => (isLocale(v) ? LOCALE_NAMES[v] : str(v) || t("values.noLanguage"));
  const reason = (d: TRecord) => str(d.reason) || t("values.noReason");
  return {
    t,
    locale,
    value,
    person,
    byEmail,
    invitee,
    organisation,
    group,
    groups,
    role,
    day,
    languageName,
    reason,
    actor: actorName(event.actorId, lookups, t),
  };
}
type TNamer = ReturnType<typeof namer>;

/** Who did it, as the start of a sentence. */
export function actorName(
  actorId: string | null,
  lookups: Pick<TAuditLookups, "people">,
  t: TAuditWords = auditEventWords("en-GB"),
): string {
  if (!actorId) return t("names.system");
  const found = lookups.people.get(actorId);
  if (!found) return t("names.actorGone");
  return found.erased ? t("names.actorErased") : found.name;
}

type TDescriber = (
  e: TAuditEventFacts,
  d: TRecord,
  n: TNamer,
  lookups: TAuditLookups,
) => { summary: string; details?: TAuditDetail[] };

const emailDetail = (d: TRecord, n: TNamer): TAuditDetail[] =>
  str(d.email) && !isErasedAddress(str(d.email)) ? [{ label: n.t("labels.emailAtTheTime"), value: str(d.email) }] : [];

const SSO_FIELDS = ["ssoRequired", "ssoProviders", "entraTenantId", "ssoNeedsSecondFactor"] as const;
const PROVIDERS = ["azure-ad", "google", "oidc"];
function ssoValue(key: string, value: unknown, n: TNamer): string {
  if (key === "ssoProviders")
    return (
      str(value)
        .split(",")
        .filter(Boolean)
        .map((id) => (PROVIDERS.includes(id) ? n.t(`providers.${id}`) : id))
        .join(", ") || n.t("values.none")
    );
  return n.value(value);
}

function filterDetails(d: TRecord, n: TNamer): TAuditDetail[] {
  const out: TAuditDetail[] = [];
  const label = (key: string) => n.t(`labels.${key}`);
  if (str(d.groupId) || str(d.group))
    out.push({ label: label("group"), value: n.group(str(d.groupId) || str(d.group)) });
  if (str(d.status)) {
    const statuses = learnerStatusWords(n.locale);
    const status = str(d.status);
    out.push({
      label: label("status"),
      value: Object.hasOwn(statuses, status) ? statuses[status as keyof typeof statuses] : status,
    });
  }
  if (str(d.q)) out.push({ label: label("search"), value: str(d.q) });
  if (str(d.actorId)) out.push({ label: label("doneBy"), value: n.person(str(d.actorId)) });
  if (str(d.action))
    out.push({
      label: label("action"),
      value: isAuditAction(d.action) ? auditActionWords(n.locale)(d.action) : str(d.action),
    });
  if (str(d.from)) out.push({ label: label("from"), value: n.day(d.from) });
  if (str(d.to)) out.push({ label: label("to"), value: n.day(d.to) });
  return out;
}

const count = (v: unknown) => String(num(v));

const DESCRIBERS: Record<string, TDescriber> = {
  "certificate.revoke": (e, d, n, l) => {
    const holder = e.targetId ? l.certificates.get(e.targetId) : undefined;
    const values = { actor: n.actor, number: e.targetId ?? "", reason: n.reason(d) };
    return {
      summary: holder
        ? n.t("summaries.certificateRevokeHeld", {
            ...values,
            holder: holder.erased ? n.t("names.erased") : holder.name,
          })
        : n.t("summaries.certificateRevoke", values),
    };
  },
  "user.erase": (_e, d, n) => ({
    summary: n.t("summaries.userErase", { actor: n.actor, reason: n.reason(d) }),
    details: [{ label: n.t("labels.certificatesRevoked"), value: count(d.certificatesRevoked) }],
  }),
  "user.role-change": (e, d, n) => ({
    summary: n.t("summaries.userRoleChange", {
      actor: n.actor,
      person: n.person(e.targetId),
      from: n.role(d.from),
      to: n.role(d.to),
    }),
    details: emailDetail(d, n),
  }),
  "user.deactivate": (e, d, n) => ({
    summary: n.t("summaries.userDeactivate", { actor: n.actor, person: n.person(e.targetId) }),
    details: emailDetail(d, n),
  }),
  "user.reactivate": (e, d, n) => ({
    summary: n.t("summaries.userReactivate", { actor: n.actor, person: n.person(e.targetId) }),
    details: emailDetail(d, n),
  }),
  "user.password-reset-sent": (e, d, n) => ({
    summary: n.t("summaries.userPasswordResetSent", { actor: n.actor, person: n.person(e.targetId) }),
    details: emailDetail(d, n),
  }),
  "user.welcome-resent": (e, d, n) => ({
    summary: n.t("summaries.userWelcomeResent", { actor: n.actor, person: n.person(e.targetId) }),
    details: emailDetail(d, n),
  }),
  "enrolment.due-date-changed": (e, d, n) => ({
    summary: d.from
      ? n.t("summaries.dueDateChanged", {
          actor: n.actor,
          person: n.person(e.targetId),
          from: n.day(d.from),
          to: n.day(d.to),
        })
      : n.t("summaries.dueDateSet", { actor: n.actor, person: n.person(e.targetId), to: n.day(d.to) }),
    details: [{ label: n.t("labels.emailedToThem"), value: n.value(d.emailed === true) }],
  }),
  "user.groups": (e, d, n) => ({
    summary: n.t("summaries.userGroups", { actor: n.actor, person: n.person(e.targetId) }),
    details: [
      { label: n.t("labels.memberOf"), value: n.groups(d.memberOf) },
      ...(Array.isArray(d.trainerOf) && d.trainerOf.length
        ? [{ label: n.t("labels.trains"), value: n.groups(d.trainerOf) }]
        : []),
      ...emailDetail(d, n),
    ],
  }),
  "second-factor.added": (e, _d, n) => ({
    summary:
      e.targetId && e.targetId !== e.actorId
        ? n.t("summaries.secondFactorAddedFor", { actor: n.actor, person: n.person(e.targetId) })
        : n.t("summaries.secondFactorAdded", { actor: n.actor }),
  }),
  "second-factor.recovery-codes-renewed": (_e, _d, n) => ({
    summary: n.t("summaries.recoveryCodesRenewed", { actor: n.actor }),
  }),
  "second-factor.removed": (_e, _d, n) => ({ summary: n.t("summaries.secondFactorRemoved", { actor: n.actor }) }),
  "second-factor.reset": (e, d, n) => ({
    summary: n.t("summaries.secondFactorReset", { actor: n.actor, person: n.person(e.targetId) }),
    details: emailDetail(d, n),
  }),
  "assignment.create": (e, d, n) => {
    const values = { actor: n.actor, count: num(d.people), due: n.day(d.dueDate) };
    return {
      summary:
        e.targetType === "group"
          ? n.t("summaries.assignedGroup", { ...values, group: n.group(e.targetId) })
          : e.targetType === "people"
            ? n.t("summaries.assignedPeople", values)
            : n.t("summaries.assignedOrganisation", { ...values, organisation: n.organisation(e.organisationId) }),
    };
  },
  "import.preview": (_e, d, n) => ({
    summary: n.t("summaries.importPreview", { actor: n.actor, count: num(d.rows) }),
    details: [
      { label: n.t("labels.newPeople"), value: count(d.create) },
      { label: n.t("labels.toUpdate"), value: count(d.update) },
      { label: n.t("labels.rejected"), value: count(d.reject) },
      { label: n.t("labels.notManageable"), value: count(d.existingNotYours) },
    ],
  }),
  "import.apply": (_e, d, n) => ({
    summary: n.t("summaries.importApply", { actor: n.actor, count: num(d.created), updated: num(d.updated) }),
    details: [
      { label: n.t("labels.notManageable"), value: count(d.existingNotYours) },
      { label: n.t("labels.toldHaveAccount"), value: count(d.noticesQueued) },
    ],
  }),
  "invitation.create": (e, d, n) => ({
    summary: n.t("summaries.invitationCreate", {
      actor: n.actor,
      invitee: n.invitee(e.targetId, d),
      role: isRole(d.role) ? d.role : "other",
      roleText: n.role(d.role),
    }),
  }),
  "invitation.existing-account": (e, d, n) => ({
    summary: n.t("summaries.invitationExistingAccount", { actor: n.actor, person: n.person(e.targetId) }),
    details: emailDetail(d, n),
  }),
  "invitation.cancel": (e, d, n) => ({
    summary: n.t("summaries.invitationCancel", { actor: n.actor, invitee: n.invitee(e.targetId, d) }),
  }),
  "invitation.resend": (e, d, n) => ({
    summary: n.t("summaries.invitationResend", { actor: n.actor, invitee: n.invitee(e.targetId, d) }),
  }),
  "invitation.void": (e, d, n) => ({
    summary: n.t("summaries.invitationVoid", {
      actor: n.actor,
      count: Array.isArray(d.invitations) ? d.invitations.length : 0,
      person: n.person(e.targetId),
      reason: n.reason(d),
    }),
  }),
  "contacts.update": (e, d, n) => ({
    summary: n.t("summaries.contactsUpdate", {
      actor: n.actor,
      organisation: n.organisation(e.targetId ?? e.organisationId),
      count: num(d.count),
    }),
  }),
  "contacts.review": (e, _d, n) => ({
    summary: n.t("summaries.contactsReview", {
      actor: n.actor,
      organisation: n.organisation(e.targetId ?? e.organisationId),
    }),
  }),
  "organisation.certificate-signatory": (e, d, n) => {
    const from = asRecord(d.from);
    const to = asRecord(d.to);
    const logo = asRecord(d.logo);
    return {
      summary: n.t("summaries.certificateSignatory", { actor: n.actor, organisation: n.organisation(e.targetId) }),
      details: [
        { label: n.t("labels.signatory"), value: `${n.value(from.signatoryName)} → ${n.value(to.signatoryName)}` },
        { label: n.t("labels.theirRole"), value: `${n.value(from.signatoryRole)} → ${n.value(to.signatoryRole)}` },
        ...(str(logo.type)
          ? [
              {
                label: n.t("labels.newLogo"),
                value: n.t("values.logo", { type: str(logo.type), bytes: num(logo.bytes) }),
              },
            ]
          : []),
      ],
    };
  },
  "organisation.certificate-logo-removed": (e, _d, n) => ({
    summary: n.t("summaries.certificateLogoRemoved", { actor: n.actor, organisation: n.organisation(e.targetId) }),
  }),
  "organisation.create": (e, d, n) => ({
    summary: n.t("summaries.organisationCreate", {
      actor: n.actor,
      organisation: str(d.name) || n.organisation(e.targetId),
    }),
  }),
  "organisation.quiz-retake-wait": (e, d, n) => ({
    summary: n.t("summaries.quizRetakeWait", {
      actor: n.actor,
      organisation: n.organisation(e.targetId),
      from: formatMinutes(num(d.from), { locale: n.locale }),
      to: formatMinutes(num(d.to), { locale: n.locale }),
    }),
  }),
  "organisation.trainers-second-factor": (e, d, n) => ({
    summary: n.t(d.to ? "summaries.trainersSecondFactorRequired" : "summaries.trainersSecondFactorStopped", {
      actor: n.actor,
      organisation: n.organisation(e.targetId),
    }),
  }),
  "organisation.language": (e, d, n) => ({
    summary: n.t("summaries.organisationLanguage", {
      actor: n.actor,
      organisation: n.organisation(e.targetId),
      from: n.languageName(d.from),
      to: n.languageName(d.to),
    }),
  }),
  "organisation.domain-added": (e, d, n) => ({
    summary: n.t("summaries.domainAdded", {
      actor: n.actor,
      domain: str(d.domain),
      organisation: n.organisation(e.targetId),
    }),
  }),
  "organisation.domain-removed": (e, d, n) => ({
    summary: n.t("summaries.domainRemoved", {
      actor: n.actor,
      domain: str(d.domain),
      organisation: n.organisation(e.targetId),
    }),
  }),
  "organisation.single-sign-on": (e, d, n) => {
    const from = asRecord(d.from);
    const to = asRecord(d.to);
    const changed = SSO_FIELDS.filter((k) => ssoValue(k, from[k], n) !== ssoValue(k, to[k], n));
    return {
      summary: n.t("summaries.singleSignOn", { actor: n.actor, organisation: n.organisation(e.targetId) }),
      details: changed.length
        ? changed.map((k) => ({
            label: n.t(`labels.${k}`),
            value: `${ssoValue(k, from[k], n)} → ${ssoValue(k, to[k], n)}`,
          }))
        : [{ label: n.t("labels.changes"), value: n.t("values.noChanges") }],
    };
  },
  "group.create": (e, d, n) => ({
    summary: n.t("summaries.groupCreate", {
      actor: n.actor,
      group: n.group(e.targetId, str(d.name)),
      organisation: n.organisation(e.organisationId),
    }),
  }),
  "group.delete": (e, d, n) => ({
    summary: n.t("summaries.groupDelete", {
      actor: n.actor,
      group: str(d.name) || n.t("names.unnamedGroup"),
      organisation: n.organisation(e.organisationId),
    }),
  }),
  "export.csv": (e, d, n) => ({
    summary: n.t("summaries.exportCsv", {
      actor: n.actor,
      organisation: n.organisation(str(d.organisationId) || e.organisationId),
    }),
    details: filterDetails(d, n),
  }),
  "export.evidence-pack": (e, d, n) => ({
    summary: n.t("summaries.exportEvidencePack", { actor: n.actor, organisation: n.organisation(e.organisationId) }),
    details: filterDetails(d, n),
  }),
  "export.certificates-pdf": (e, d, n) => ({
    summary: n.t("summaries.exportCertificatesPdf", {
      actor: n.actor,
      count: num(d.count),
      organisation: n.organisation(e.organisationId),
    }),
  }),
  "export.audit-log": (_e, d, n) => ({
    summary: n.t("summaries.exportAuditLog", { actor: n.actor }),
    details: [
      ...(str(d.organisationId)
        ? [{ label: n.t("labels.organisation"), value: n.organisation(str(d.organisationId)) }]
        : []),
      ...filterDetails(d, n),
    ],
  }),
  "email.resend": (e, d, n, l) => {
    const email = e.targetId ? l.emails.get(e.targetId) : undefined;
    const to = email ? (email.toUserId ? n.person(email.toUserId) : n.byEmail(email.toEmail)) : n.t("names.someone");
    return {
      summary: n.t("summaries.emailResend", {
        actor: n.actor,
        kind: emailKindLabel(str(d.kind) || email?.kind || "", n.locale),
        to,
      }),
    };
  },
};

/** The event in words, and its details as label/value pairs (never JSON). Unknown codes still read sensibly. */
export function describeAuditEvent(
  event: TAuditEventFacts,
  lookups: TAuditLookups,
  locale: TLocale = "en-GB",
): TAuditDescription {
  const d = asRecord(event.details);
  const n = namer(event, lookups, auditEventWords(locale), locale);
  const describe = Object.hasOwn(DESCRIBERS, event.action) ? DESCRIBERS[event.action] : undefined;
  if (describe) {
    const { summary, details = [] } = describe(event, d, n, lookups);
    return { summary: capitalise(summary), details };
  }
  // Recorded by code newer than this list: say what we can, plainly, and show every detail as text.
  const target =
    event.targetType === "user" && event.targetId
      ? n.person(event.targetId)
      : event.targetType === "organisation" && event.targetId
        ? n.organisation(event.targetId)
        : null;
  return {
    summary: target
      ? n.t("summaries.unknownConcerning", { actor: n.actor, action: event.action, target })
      : n.t("summaries.unknown", { actor: n.actor, action: event.action }),
    details: readableDetails(d),
  };
}
