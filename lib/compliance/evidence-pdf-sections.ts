import type { PDFFont } from "pdf-lib";
import { formatDate, formatShortDate } from "../format/dates";
import { EXPIRING_WITHIN_DAYS, type TLearnerStatus } from "../enrolments/status";
import type { TFlow } from "../pdf/flow";
import { contactsReviewState, REVIEW_EVERY_MONTHS } from "../people/contacts-review";
import type { TEvidence } from "./evidence";
import type { TEvidenceWords } from "./evidence-words";

/** When the contacts were confirmed, and whether a review is due (contactsReviewState), in the reader's language. */
function contactsReview(e: TEvidence, { t, locale }: TEvidenceWords): string {
  const reviewedAt = e.contactsReviewedAt;
  const state = contactsReviewState(reviewedAt, e.generatedAt);
  if (!reviewedAt || state === "never") return t("neverReviewed");
  const date = formatDate(reviewedAt, { locale });
  return state === "overdue"
    ? t("reviewedOnOverdue", { date, months: REVIEW_EVERY_MONTHS })
    : t("reviewedOn", { date });
}

/** Who the organisation's designated safeguarding lead and deputies are, and when the contacts were confirmed. */
export function drawLeads(flow: TFlow, e: TEvidence, words: TEvidenceWords) {
  const { t } = words;
  flow.heading(t("leadHeading"));
  if (!e.leads.some((l) => l.kind === "DSL")) flow.text(t("noLead"), { indent: 12 });
  for (const l of e.leads)
    flow.text(
      t("leadLine", {
        role: words.kinds[l.kind],
        name: l.name,
        phone: l.phone,
        hasEmail: l.email ? "yes" : "no",
        email: l.email ?? "",
      }),
      { indent: 12 },
    );
  flow.text(contactsReview(e, words), { indent: 12 });
}

/** Everyone, with their status (as the dashboard works it out) and dates. */
export function drawStaff(flow: TFlow, e: TEvidence, words: TEvidenceWords) {
  const { t, locale } = words;
  const day = (d: Date | null) => (d ? formatShortDate(d, { locale }) : "–");
  // A valid certificate that expires soon is a completion (as the headline counts it), so the list says so.
  const status: Record<TLearnerStatus, string> = {
    ...words.status,
    expiring: t("statusExpiring", { days: EXPIRING_WITHIN_DAYS }),
  };
  flow.heading(t("staffHeading", { count: e.summary.total }));
  if (!e.staff.length) {
    flow.text(t("nobodyGiven"), { indent: 12 });
    return;
  }
  // Wide enough for the longest short date ("30 Sept 2026") on one line.
  const dateColumn = (flow.width - 223) / 4;
  flow.table(
    [
      { header: t("name"), width: 130 },
      { header: t("status"), width: 93 },
      ...[t("assigned"), t("due"), t("completedColumn"), t("validUntil")].map((header) => ({
        header,
        width: dateColumn,
      })),
    ],
    e.staff.map((s) => [
      `${s.name}\n${s.email}`,
      status[s.status],
      day(s.assignedAt),
      day(s.dueAt),
      day(s.completedAt),
      day(s.validUntil),
    ]),
  );
  if (e.summary.total > e.staff.length)
    flow.text(t("andMore", { count: e.summary.total - e.staff.length }), { indent: 12 });
}

/** Signature blocks for the head or manager, the DSL and a governor or trustee to sign the printed pack. */
export function drawSignOff(flow: TFlow, e: TEvidence, bold: PDFFont, { t, locale }: TEvidenceWords) {
  flow.heading(t("signOff"));
  flow.text(t("signOffText", { organisation: e.organisationName, date: formatDate(e.generatedAt, { locale }) }));
  const dsl = e.leads.find((l) => l.kind === "DSL");
  const blocks = [
    { title: t("headteacher"), name: "", role: "" },
    { title: t("dsl"), name: dsl?.name ?? "", role: t("dsl") },
    { title: t("governor"), name: "", role: "" },
  ];
  for (const b of blocks) {
    // A block is never split across pages: the person signing sees every line of it.
    flow.ensure(130);
    flow.space(6);
    flow.text(b.title, { font: bold, size: 11, gap: 0 });
    flow.field(t("name"), b.name);
    flow.field(t("role"), b.role);
    flow.field(t("signature"));
    flow.field(t("date"));
  }
}
