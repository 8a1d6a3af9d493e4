// The audit log's words in each interface language, from the message files (AdminAuditActions, AdminAuditEvents):
// the log is described in pure functions (describe.ts), so they take a translator rather than a request.
import { createTranslator } from "use-intl/core";
import english from "../i18n/messages/en-GB/admin.json";
import welsh from "../i18n/messages/cy/admin.json";
import type { TLocale } from "../i18n/locales";
import type { TLearnerStatus } from "../enrolments/status";
import englishTrainer from "../i18n/messages/en-GB/trainer.json";
import welshTrainer from "../i18n/messages/cy/trainer.json";

const MESSAGES: Record<TLocale, typeof english> = { "en-GB": english, cy: welsh };

/** Words an audit event (AdminAuditEvents): a message key and the values it names. */
export type TAuditWords = (key: string, values?: Record<string, string | number>) => string;

const kept = new Map<string, TAuditWords>();

/** The translator for audit event descriptions in a language, built once. */
export function auditEventWords(locale: TLocale): TAuditWords {
  let t = kept.get(locale);
  if (!t) {
    const translate = createTranslator({ locale, messages: MESSAGES[locale], namespace: "AdminAuditEvents" });
    t = (key, values) => (translate as unknown as TAuditWords)(key, values);
    kept.set(locale, t);
  }
  return t;
}

/** What an audit action code is called (AdminAuditActions), in a language. */
export function auditActionWords(locale: TLocale): (code: string) => string {
  const translate = createTranslator({ locale, messages: MESSAGES[locale], namespace: "AdminAuditActions" });
  return (code) => (translate as unknown as (key: string) => string)(code);
}

/** The learner statuses as the trainer area names them (TrainerStatus), for a filter recorded with an export. */
export function learnerStatusWords(locale: TLocale): Record<TLearnerStatus, string> {
  return { "en-GB": englishTrainer.TrainerStatus, cy: welshTrainer.TrainerStatus }[locale];
}
