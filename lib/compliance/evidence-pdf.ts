import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate, formatTime } from "../format/dates";
import { embedFonts } from "../pdf/fonts";
import { LEARNER_STATUS_LABELS, LEARNER_STATUSES } from "../enrolments/status";
import type { TEvidence } from "./evidence";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;

/** Draws the evidence pack: a plain, printable A4 summary that pages on as long as its lists need. */
export async function drawEvidencePdf(e: TEvidence): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedFonts(doc);
  doc.setTitle(`Safeguarding training evidence: ${e.organisationName}`);

  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const line = (text: string, opts: { font?: PDFFont; size?: number; indent?: number; gap?: number } = {}) => {
    const size = opts.size ?? 10;
    if (y < MARGIN + size) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
    const font = opts.font ?? regular;
    let t = text;
    const max = A4[0] - 2 * MARGIN - (opts.indent ?? 0);
    while (t.length > 3 && font.widthOfTextAtSize(t, size) > max) t = `${t.slice(0, -2)}…`;
    page.drawText(t, { x: MARGIN + (opts.indent ?? 0), y, size, font, color: rgb(0, 0, 0) });
    y -= size + (opts.gap ?? 5);
  };
  // Longer text (the changelog's summaries) wraps onto further lines rather than being cut short.
  const paragraph = (text: string, opts: { indent?: number; size?: number } = {}) => {
    const size = opts.size ?? 10;
    const max = A4[0] - 2 * MARGIN - (opts.indent ?? 0);
    let current = "";
    for (const word of text.split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && regular.widthOfTextAtSize(next, size) > max) {
        line(current, { ...opts, gap: 2 });
        current = word;
      } else current = next;
    }
    if (current) line(current, { ...opts, gap: 4 });
  };
  const heading = (text: string) => {
    y -= 8;
    line(text, { font: bold, size: 13, gap: 8 });
  };

  line("Safeguarding training: inspection evidence", { font: bold, size: 18, gap: 10 });
  line(`${e.organisationName}${e.groupName ? `, group: ${e.groupName}` : ""}`, { font: bold, size: 12 });
  line(`Generated ${formatDate(e.generatedAt)} at ${formatTime(e.generatedAt)}`);

  heading("The course");
  line(`${e.course.title}, content version ${e.course.version} (statistics reviewed ${e.course.statisticsReviewed})`);
  line(`Estimated learning time (CPD): ${e.course.estimatedMinutes} minutes`);
  line(`Renewal policy: ${e.course.renewal}`);

  heading("Summary");
  line(
    `People: ${e.summary.total}. With a current certificate: ${e.summary.byStatus.completed + e.summary.byStatus.expiring} (${e.summary.completionPercent}%).`,
  );
  for (const s of LEARNER_STATUSES) line(`${LEARNER_STATUS_LABELS[s]}: ${e.summary.byStatus[s]}`, { indent: 12 });

  if (e.groups.length) {
    heading("Completion by group");
    for (const g of e.groups)
      line(
        `${g.name}: ${g.completionPercent}% of ${g.total} (overdue ${g.byStatus.overdue}, expiring ${g.byStatus.expiring}, not started ${g.byStatus["not-started"]})`,
        { indent: 12 },
      );
  }

  heading("Content versions of current certificates");
  if (!e.versions.length) line("No current certificates.", { indent: 12 });
  for (const v of e.versions) {
    line(v.text, { indent: 12 });
    for (const d of v.detail) paragraph(d, { indent: 24, size: 9 });
  }

  if (e.olderVersionHolders.length) {
    heading("People whose current certificate is of an older content version");
    for (const p of e.olderVersionHolders)
      line(`${p.name} (${p.email}): version ${p.version}, completed ${formatDate(p.completedAt)}`, {
        indent: 12,
        gap: 3,
      });
    if (e.olderVersionHoldersMore) line("…and more: see the Content version column of the CSV.", { indent: 12 });
  }

  heading(`Overdue (${e.summary.byStatus.overdue})`);
  if (!e.overdue.length) line("Nobody is overdue.", { indent: 12 });
  for (const p of e.overdue)
    line(`${p.name} (${p.email}), due ${p.date ? formatDate(p.date) : "–"}`, { indent: 12, gap: 3 });
  if (e.summary.byStatus.overdue > e.overdue.length)
    line(`…and ${e.summary.byStatus.overdue - e.overdue.length} more: see the CSV.`, { indent: 12 });

  heading(`Certificates expiring in the next 30 days (${e.summary.byStatus.expiring})`);
  if (!e.expiring.length) line("None.", { indent: 12 });
  for (const p of e.expiring)
    line(`${p.name} (${p.email}), valid until ${p.date ? formatDate(p.date) : "–"}`, { indent: 12, gap: 3 });
  if (e.summary.byStatus.expiring > e.expiring.length)
    line(`…and ${e.summary.byStatus.expiring - e.expiring.length} more: see the CSV.`, { indent: 12 });

  y -= 10;
  line(
    "Each person's status, scores, dates, certificate number and the content version they completed are in the matching CSV export.",
    { size: 9 },
  );
  return doc.save();
}
