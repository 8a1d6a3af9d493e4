import { PDFDocument } from "pdf-lib";
import { formatCalendarDay, formatDate, formatTime } from "../format/dates";
import { createFlow } from "../pdf/flow";
import { embedFonts } from "../pdf/fonts";
import { drawCompletionOverTime, drawMonthsAhead } from "./evidence-pdf-charts";
import { drawLeads, drawSignOff, drawStaff } from "./evidence-pdf-sections";
import { describeRenewal, describeVersions } from "./evidence-versions";
import { englishEvidenceWords, type TEvidenceWords } from "./evidence-words";
import type { TEvidence } from "./evidence";

/**
 * Draws the evidence pack: a plain, printable A4 summary that pages on as long as its lists need, in the reader's
 * language (`words`; English by default).
 */
export async function drawEvidencePdf(
  e: TEvidence,
  words: TEvidenceWords = englishEvidenceWords(),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  const { bold } = fonts;
  const { t, locale } = words;
  const date = (d: Date) => formatDate(d, { locale });
  doc.setTitle(t("documentTitle", { organisation: e.organisationName }));
  const flow = createFlow(doc, fonts);
  const { text, heading } = flow;

  text(t("title"), { font: bold, size: 18, gap: 8 });
  text(
    t("scope", { organisation: e.organisationName, inGroup: e.groupName ? "yes" : "no", group: e.groupName ?? "" }),
    {
      font: bold,
      size: 12,
    },
  );
  text(t("generated", { date: date(e.generatedAt), time: formatTime(e.generatedAt, { locale }) }));

  heading(t("theCourse"));
  text(e.course.title);
  text(
    t("contentVersion", {
      version: e.course.version,
      reviewed: formatCalendarDay(e.course.statisticsReviewed, { locale }),
    }),
  );
  text(t("learningTime", { minutes: e.course.estimatedMinutes }));
  text(t("renewal", { policy: describeRenewal(e.course.renewal, words) }));

  drawLeads(flow, e, words);

  // The dashboard's headline, from the same headlineFigures: a valid certificate expiring soon is completed.
  const h = e.summary.headline;
  heading(t("summary"));
  text(t("people", { total: h.total }));
  text(t("completed", { completed: h.completed, percent: h.completionPercent }), { indent: 12, gap: 1 });
  text(t("expiringNote", { count: h.expiringSoon, days: h.expiringWithinDays }), { indent: 24 });
  text(t("inProgress", { count: h.inProgress }), { indent: 12 });
  text(t("notStarted", { count: h.notStarted }), { indent: 12 });
  text(t("overdue", { count: h.overdue }), { indent: 12 });
  text(t("expired", { count: h.expired }), { indent: 12 });

  if (e.groups.length) {
    heading(t("byGroup"));
    for (const g of e.groups)
      text(
        t("groupLine", {
          name: g.name,
          percent: g.headline.completionPercent,
          total: g.headline.total,
          overdue: g.headline.overdue,
          expiring: g.headline.expiringSoon,
          notStarted: g.headline.notStarted,
        }),
        { indent: 12 },
      );
  }

  drawMonthsAhead(flow, e, words);
  drawCompletionOverTime(flow, e, words);

  heading(t("versionsHeading"));
  if (!e.versions.length) text(t("noCurrent"), { indent: 12 });
  for (const v of describeVersions(e.versions, e.course.version, e.course.changelog, words)) {
    text(v.text, { indent: 12 });
    for (const d of v.detail) text(d, { indent: 24, size: 9 });
  }

  if (e.olderVersionHolders.length) {
    heading(t("olderHeading"));
    for (const p of e.olderVersionHolders)
      text(t("olderLine", { name: p.name, email: p.email, version: p.version, date: date(p.completedAt) }), {
        indent: 12,
      });
    if (e.olderVersionHoldersMore) text(t("olderMore"), { indent: 12 });
  }

  heading(t("overdueHeading", { count: h.overdue }));
  if (!e.overdue.length) text(t("nobodyOverdue"), { indent: 12 });
  for (const p of e.overdue)
    text(t("overdueLine", { name: p.name, email: p.email, date: p.date ? date(p.date) : "–" }), { indent: 12 });
  if (h.overdue > e.overdue.length) text(t("andMore", { count: h.overdue - e.overdue.length }), { indent: 12 });

  heading(t("expiringHeading", { days: h.expiringWithinDays, count: h.expiringSoon }));
  if (!e.expiring.length) text(t("none"), { indent: 12 });
  for (const p of e.expiring)
    text(t("expiringLine", { name: p.name, email: p.email, date: p.date ? date(p.date) : "–" }), { indent: 12 });
  if (h.expiringSoon > e.expiring.length)
    text(t("andMore", { count: h.expiringSoon - e.expiring.length }), { indent: 12 });

  drawStaff(flow, e, words);
  text(t("csvNote"), { size: 9 });

  drawSignOff(flow, e, bold, words);
  return doc.save();
}
