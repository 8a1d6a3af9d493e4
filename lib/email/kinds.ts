// What kind of email a message was and where it stands, in the reader's language (the trainer area's EmailLabels
// messages): the learner record, the outbox and the audit log word them. Pure, so they take a locale, not a request.
import { createTranslator } from "use-intl/core";
import english from "../i18n/messages/en-GB/trainer.json";
import welsh from "../i18n/messages/cy/trainer.json";
import type { TLocale } from "../i18n/locales";

const WORDS: Record<TLocale, typeof english.EmailLabels> = { "en-GB": english.EmailLabels, cy: welsh.EmailLabels };

const translators = new Map<TLocale, (key: string, values?: Record<string, string>) => string>();

function translate(locale: TLocale) {
  let t = translators.get(locale);
  if (!t) {
    const translator = createTranslator({ locale, messages: { EmailLabels: WORDS[locale] }, namespace: "EmailLabels" });
    t = (key, values) => translator(key as never, values as never);
    translators.set(locale, t);
  }
  return t;
}

/** What kind of email a message was, in words for a trainer or administrator reading a record or the outbox. */
export function emailKindLabel(kind: string, locale: TLocale = "en-GB"): string {
  const { kinds, stages } = WORDS[locale];
  const t = translate(locale);
  if (Object.hasOwn(kinds, kind)) return t(`kinds.${kind}`);
  if (kind.startsWith("reminder-")) {
    const stage = kind.slice("reminder-".length);
    if (Object.hasOwn(stages, stage)) return t("automaticReminder", { stage: t(`stages.${stage}`) });
  }
  // A kind newer than these words: its code, readably.
  return kind.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Where a message stands, in words. */
export function emailStatusLabel(status: string, locale: TLocale = "en-GB"): string {
  return Object.hasOwn(WORDS[locale].statuses, status) ? translate(locale)(`statuses.${status}`) : status.toLowerCase();
}
