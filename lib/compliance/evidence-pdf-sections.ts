import type { PDFFont } from "pdf-lib";
import { formatDate, formatShortDate } from "../format/dates";
import { EXPIRING_WITHIN_DAYS, LEARNER_STATUS_LABELS, type TLearnerStatus } from "../enrolments/status";
import type { TFlow } from "../pdf/flow";
import { describeContactsReview } from "../people/contacts-review";
import type { TEvidence } from "./evidence";

const day = (d: Date | null) => (d ? formatShortDate(d) : "–");

// A valid certificate that expires soon is a completion (as the headline counts it), so the list says so.
const STATUS: Record<TLearnerStatus, string> = {
  ...LEARNER_STATUS_LABELS,
  expiring: `Completed (expires within ${EXPIRING_WITHIN_DAYS} days)`,
};

/** Who the organisation's designated safeguarding lead and deputies are, and when the contacts were confirmed. */
export function drawLeads(flow: TFlow, e: TEvidence) {
  flow.heading("Designated safeguarding lead");
  if (!e.leads.some((l) => l.role.startsWith("Designated")))
    flow.text("No designated safeguarding lead is named in the organisation's safeguarding contacts.", { indent: 12 });
  for (const l of e.leads)
    flow.text(`${l.role}: ${l.name}, ${l.phone}${l.email ? `, ${l.email}` : ""}`, { indent: 12 });
  flow.text(describeContactsReview(e.contactsReviewedAt, e.generatedAt), { indent: 12 });
}

/** Everyone, with their status (as the dashboard works it out) and dates. */
export function drawStaff(flow: TFlow, e: TEvidence) {
  flow.heading(`Staff and their training (${e.summary.total})`);
  if (!e.staff.length) {
    flow.text("Nobody has been given the course.", { indent: 12 });
    return;
  }
  // Wide enough for the longest short date ("30 Sept 2026") on one line.
  const dateColumn = (flow.width - 223) / 4;
  flow.table(
    [
      { header: "Name", width: 130 },
      { header: "Status", width: 93 },
      ...["Assigned", "Due", "Completed", "Valid until"].map((header) => ({ header, width: dateColumn })),
    ],
    e.staff.map((s) => [
      `${s.name}\n${s.email}`,
      STATUS[s.status],
      day(s.assignedAt),
      day(s.dueAt),
      day(s.completedAt),
      day(s.validUntil),
    ]),
  );
  if (e.summary.total > e.staff.length)
    flow.text(`…and ${e.summary.total - e.staff.length} more: see the CSV.`, { indent: 12 });
}

/** Signature blocks for the head or manager, the DSL and a governor or trustee to sign the printed pack. */
export function drawSignOff(flow: TFlow, e: TEvidence, bold: PDFFont) {
  flow.heading("Sign-off");
  flow.text(
    `We have reviewed this record of safeguarding training at ${e.organisationName} and confirm it is accurate as at ${formatDate(e.generatedAt)}.`,
  );
  const dsl = e.leads.find((l) => l.role.startsWith("Designated"));
  const blocks = [
    { title: "Headteacher or manager", name: "", role: "" },
    { title: "Designated safeguarding lead", name: dsl?.name ?? "", role: "Designated safeguarding lead" },
    { title: "Governor, trustee or committee member", name: "", role: "" },
  ];
  for (const b of blocks) {
    // A block is never split across pages: the person signing sees every line of it.
    flow.ensure(130);
    flow.space(6);
    flow.text(b.title, { font: bold, size: 11, gap: 0 });
    flow.field("Name", b.name);
    flow.field("Role", b.role);
    flow.field("Signature");
    flow.field("Date");
  }
}
