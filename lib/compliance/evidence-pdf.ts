import { PDFDocument } from "pdf-lib";
import { formatDate, formatTime } from "../format/dates";
import { createFlow } from "../pdf/flow";
import { embedFonts } from "../pdf/fonts";
import { describeExpiringSoon } from "./headline";
import { drawCompletionOverTime, drawMonthsAhead } from "./evidence-pdf-charts";
import { drawLeads, drawSignOff, drawStaff } from "./evidence-pdf-sections";
import type { TEvidence } from "./evidence";

/** Draws the evidence pack: a plain, printable A4 summary that pages on as long as its lists need. */
export async function drawEvidencePdf(e: TEvidence): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  const { bold } = fonts;
  doc.setTitle(`Safeguarding training evidence: ${e.organisationName}`);
  const flow = createFlow(doc, fonts);
  const { text, heading } = flow;

  text("Safeguarding training: inspection evidence", { font: bold, size: 18, gap: 8 });
  text(`${e.organisationName}${e.groupName ? `, group: ${e.groupName}` : ""}`, { font: bold, size: 12 });
  text(`Generated ${formatDate(e.generatedAt)} at ${formatTime(e.generatedAt)}`);

  heading("The course");
  text(e.course.title);
  text(`Course content version ${e.course.version}, statistics reviewed ${e.course.statisticsReviewed}`);
  text(`Estimated learning time (CPD): ${e.course.estimatedMinutes} minutes`);
  text(`Renewal policy: ${e.course.renewal}`);

  drawLeads(flow, e);

  // The dashboard's headline, from the same headlineFigures: a valid certificate expiring soon is completed.
  const h = e.summary.headline;
  heading("Summary");
  text(`People: ${h.total}`);
  text(`Completed: ${h.completed} (${h.completionPercent}%), holding a valid certificate`, { indent: 12, gap: 1 });
  text(describeExpiringSoon(h), { indent: 24 });
  text(`In progress: ${h.inProgress}`, { indent: 12 });
  text(`Not started: ${h.notStarted}`, { indent: 12 });
  text(`Overdue: ${h.overdue}`, { indent: 12 });
  text(`Expired, not yet overdue: ${h.expired}`, { indent: 12 });

  if (e.groups.length) {
    heading("Completion by group");
    for (const g of e.groups)
      text(
        `${g.name}: ${g.headline.completionPercent}% of ${g.headline.total} (overdue ${g.headline.overdue}, expiring ${g.headline.expiringSoon}, not started ${g.headline.notStarted})`,
        { indent: 12 },
      );
  }

  drawMonthsAhead(flow, e);
  drawCompletionOverTime(flow, e);

  heading("Content versions of current certificates");
  if (!e.versions.length) text("No current certificates.", { indent: 12 });
  for (const v of e.versions) {
    text(v.text, { indent: 12 });
    for (const d of v.detail) text(d, { indent: 24, size: 9 });
  }

  if (e.olderVersionHolders.length) {
    heading("People whose current certificate is of an older content version");
    for (const p of e.olderVersionHolders)
      text(`${p.name} (${p.email}): version ${p.version}, completed ${formatDate(p.completedAt)}`, { indent: 12 });
    if (e.olderVersionHoldersMore) text("…and more: see the Content version column of the CSV.", { indent: 12 });
  }

  heading(`Overdue (${h.overdue})`);
  if (!e.overdue.length) text("Nobody is overdue.", { indent: 12 });
  for (const p of e.overdue) text(`${p.name} (${p.email}), due ${p.date ? formatDate(p.date) : "–"}`, { indent: 12 });
  if (h.overdue > e.overdue.length) text(`…and ${h.overdue - e.overdue.length} more: see the CSV.`, { indent: 12 });

  heading(`Completed, certificate expiring in the next ${h.expiringWithinDays} days (${h.expiringSoon})`);
  if (!e.expiring.length) text("None.", { indent: 12 });
  for (const p of e.expiring)
    text(`${p.name} (${p.email}), valid until ${p.date ? formatDate(p.date) : "–"}`, { indent: 12 });
  if (h.expiringSoon > e.expiring.length)
    text(`…and ${h.expiringSoon - e.expiring.length} more: see the CSV.`, { indent: 12 });

  drawStaff(flow, e);
  text(
    "Each person's scores, certificate number and the content version they completed are in the matching CSV export.",
    { size: 9 },
  );

  drawSignOff(flow, e, bold);
  return doc.save();
}
