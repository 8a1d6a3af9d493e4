import { getLocale, getTranslations } from "next-intl/server";
import type { TLegendWords } from "@/components/charts/chart-legend";
import type { TChartWords } from "@/lib/compliance/chart-data";
import type { TEvidenceWords } from "@/lib/compliance/evidence-words";
import { LEARNER_STATUSES, type TLearnerStatus } from "@/lib/enrolments/status";
import { CONTACT_KINDS, type TContactKind } from "@/lib/people/contact-kinds";

/** The dashboard charts' words and dates in the page's language (TrainerCharts), for lib/compliance/chart-data. */
export async function getChartWords(): Promise<{ words: TChartWords; legend: TLegendWords }> {
  const [t, locale] = await Promise.all([getTranslations("TrainerCharts"), getLocale()]);
  return {
    words: {
      locale,
      becomeOverdue: t("becomeOverdue"),
      certificatesRunOut: t("certificatesRunOut"),
      holdingCertificate: t("holdingCertificate"),
      dueByThen: t("dueByThen"),
      today: t("today"),
      dueOn: (date) => t("dueOn", { date }),
      lastDueOn: (date) => t("lastDueOn", { date }),
      people: (total, date, latest) =>
        date === null
          ? t("peopleNoDueDate", { total })
          : t(latest ? "peopleLatestDueDate" : "peopleDueDate", { total, date }),
    },
    legend: {
      key: t("key"),
      solidBars: t("solidBars"),
      hatchedBars: t("hatchedBars"),
      solidLine: t("solidLine"),
      dashedLine: t("dashedLine"),
    },
  };
}

/** The evidence pack's words in the reader's language (TrainerEvidencePdf, with the charts' and statuses'). */
export async function getEvidenceWords(): Promise<TEvidenceWords> {
  const [t, status, contacts, locale, { words }] = await Promise.all([
    getTranslations("TrainerEvidencePdf"),
    getTranslations("TrainerStatus"),
    getTranslations("TrainerContacts"),
    getLocale(),
    getChartWords(),
  ]);
  return {
    locale,
    t: (key, values) => t(key, values),
    status: Object.fromEntries(LEARNER_STATUSES.map((s) => [s, status(s)])) as Record<TLearnerStatus, string>,
    kinds: Object.fromEntries(Object.keys(CONTACT_KINDS).map((kind) => [kind, contacts(`kinds.${kind}`)])) as Record<
      TContactKind,
      string
    >,
    charts: words,
  };
}
