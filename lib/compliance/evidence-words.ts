import { createTranslator } from "use-intl/core";
import type { TLearnerStatus } from "../enrolments/status";
import trainer from "../i18n/messages/en-GB/trainer.json";
import type { TContactKind } from "../people/contact-kinds";
import { ENGLISH_CHART_WORDS, type TChartWords } from "./chart-data";

/** A message of the evidence pack's namespace (TrainerEvidencePdf), formatted: next-intl's `t`, or the English one. */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The evidence pack's words and dates in the reader's language: the route passes the trainer's (getTranslations);
 * English, from the same message file, by default (tests, scripts).
 */
export type TEvidenceWords = {
  locale?: string;
  t: TTranslate;
  status: Record<TLearnerStatus, string>;
  kinds: Record<TContactKind, string>;
  charts: TChartWords;
};

export function englishEvidenceWords(): TEvidenceWords {
  const translator = createTranslator({ locale: "en-GB", messages: trainer, namespace: "TrainerEvidencePdf" });
  return {
    t: (key, values) => translator(key as never, values as never),
    status: trainer.TrainerStatus,
    kinds: trainer.TrainerContacts.kinds,
    charts: ENGLISH_CHART_WORDS,
  };
}
