import { parse } from "csv-parse/sync";
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { formatCalendarDay } from "../format/dates";
import type { TLocale } from "../i18n/locales";
import english from "../i18n/messages/en-GB/trainer.json";
import welsh from "../i18n/messages/cy/trainer.json";
import { normalisePersonName } from "../people/person-name";
import type { TImportProblem } from "./problems";

export type { TImportProblem };

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

export type TImportRow = { line: number; name: string; email: string; groups: string[]; dueDate: string | null };
/**
 * What a row will do. "notify": the address has an account the trainer importing may not manage; nothing is
 * written for it and its holder is told how to sign in, but the trainer is shown "create", exactly as for a
 * new address (whether an address has an account elsewhere is not theirs to learn).
 */
export type TPlannedAction = "create" | "update" | "reject" | "notify";
/** changes: for an "update" row, what applying it will change, in words (empty for other rows). */
export type TPlannedRow = TImportRow & {
  action: TPlannedAction;
  reasons: TImportProblem[];
  userId?: string;
  changes?: string[];
};
/** What the person importing is shown of a row: never an account's id, only what they uploaded and the verdict. */
export type TPreviewRow = TImportRow & {
  action: "create" | "update" | "reject";
  reasons: TImportProblem[];
  changes: string[];
};
/** The counts the person importing is shown. */
export type TImportCounts = { create: number; update: number; reject: number };
/** The real counts, kept with the batch and in the audit log. */
export type TPlanCounts = TImportCounts & { notify: number };
export type TImportPlan = { rows: TPlannedRow[]; counts: TPlanCounts; fileProblem?: TImportProblem };
/**
 * An existing account with a row's email, as the importer may treat it: "manageable" (they may update it),
 * "other-organisation" (another organisation's) or "not-yours" (in the importer's organisation but not theirs
 * to manage: another group's learner, a trainer or an administrator).
 */
export type TExistingAccount = {
  id: string;
  access: "manageable" | "other-organisation" | "not-yours";
  /** For an account the importer may manage: how it stands now, to say what an update changes. */
  current?: TCurrentAccount;
};
/** A manageable account as an update would find it: its name, its groups' names and its due day (YYYY-MM-DD). */
export type TCurrentAccount = { name: string; groups: string[]; dueDay: string | null };

const CHANGE_WORDS = { "en-GB": english.TrainerImportChanges, cy: welsh.TrainerImportChanges };
// Built once per language: a file may hold 10,000 update rows.
const changeTranslators = new Map<TLocale, (key: string, values?: Record<string, string | number>) => string>();

function changeWords(locale: TLocale) {
  let t = changeTranslators.get(locale);
  if (!t) {
    const translate = createTranslator({
      locale,
      messages: { TrainerImportChanges: CHANGE_WORDS[locale] },
      namespace: "TrainerImportChanges",
    });
    t = (key, values) => translate(key as never, values as never);
    changeTranslators.set(locale, t);
  }
  return t;
}

/**
 * What applying an update row changes, in words for the preview in the importer's language (TrainerImportChanges):
 * the name, the groups added (an import never removes anyone from a group), and the due date (left as it is when the
 * row gives none). Pure.
 */
export function describeUpdate(
  current: TCurrentAccount,
  row: { name: string; groups: string[]; dueDate: string | null },
  locale: TLocale = "en-GB",
) {
  const t = changeWords(locale);
  const day = (d: string) => formatCalendarDay(d, { locale });
  const changes: string[] = [];
  if (row.name !== current.name) changes.push(t("name", { from: current.name, to: row.name }));
  const member = new Set(current.groups.map((g) => g.toLowerCase()));
  const added = [...new Set(row.groups.filter((g) => !member.has(g.toLowerCase())))];
  if (added.length) changes.push(t("groupsAdded", { count: added.length, groups: added.join(", ") }));
  if (row.dueDate && row.dueDate !== current.dueDay)
    changes.push(
      current.dueDay
        ? t("dueDate", { from: day(current.dueDay), to: day(row.dueDate) })
        : t("dueDateSet", { to: day(row.dueDate) }),
    );
  return changes.length ? changes : [t("noChange")];
}

/** The refusal an administrator gets for an address they may not manage (they manage everyone, so in practice none). */
const NOT_YOURS: TImportProblem = { code: "IMPORT_ROW_NOT_YOURS" };
const OTHER_ORGANISATION: TImportProblem = { code: "IMPORT_ROW_OTHER_ORGANISATION" };

const HEADER_ALIASES: Record<string, "name" | "email" | "group" | "due"> = {
  name: "name",
  "full name": "name",
  email: "email",
  "email address": "email",
  group: "group",
  groups: "group",
  team: "group",
  site: "group",
  "due date": "due",
  due: "due",
  due_date: "due",
  duedate: "due",
};

/** A due date as 2027-01-31 or 31/01/2027; null when blank; undefined when it is not a real date. */
export function parseDueDate(raw: string): string | null | undefined {
  const value = raw.trim();
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** Reads the CSV: a header row naming the columns (name, email, group, due date), then one person a row. */
export function readImportCsv(text: string): { rows: TImportRow[]; problem?: TImportProblem } {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES)
    return { rows: [], problem: { code: "IMPORT_FILE_TOO_LARGE" } };
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return {
      rows: [],
      problem: {
        code: "IMPORT_FILE_NOT_CSV",
        params: { reason: error instanceof Error ? error.message : "unknown problem" },
      },
    };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problem: { code: "IMPORT_FILE_EMPTY" } };
  const columns = header.map((h) => {
    const k = h.trim().toLowerCase();
    return Object.hasOwn(HEADER_ALIASES, k) ? HEADER_ALIASES[k] : undefined;
  });
  if (!columns.includes("name") || !columns.includes("email"))
    return {
      rows: [],
      problem: { code: "IMPORT_FILE_HEADER" },
    };
  if (body.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      problem: { code: "IMPORT_FILE_TOO_MANY", params: { count: body.length, max: MAX_IMPORT_ROWS } },
    };
  const cell = (record: string[], key: string) => {
    const i = columns.indexOf(key as never);
    return i >= 0 ? (record[i] ?? "").trim() : "";
  };
  return {
    rows: body.map((record, i) => ({
      line: i + 2,
      name: normalisePersonName(cell(record, "name")),
      email: cell(record, "email").toLowerCase(),
      groups: cell(record, "group")
        .split(";")
        .map((g) => g.trim())
        .filter(Boolean),
      dueDate: cell(record, "due") || null,
    })),
  };
}

const ZEmail = z.string().email().max(254);

/**
 * Decides, row by row, what an import would do, and why a row cannot be imported. Pure: the caller
 * supplies the organisation's groups and the existing accounts with these emails. precise: the importer
 * is an administrator, told why an address cannot be added; for anyone else, an address they may not
 * manage is planned as "notify" (see TPlannedAction) and judged on everything else like a new one.
 */
export function planImport(
  rows: TImportRow[],
  context: {
    groups: Map<string, string>;
    existing: Map<string, TExistingAccount>;
    precise: boolean;
    /** The importer's language, for what an update row changes (English by default). */
    locale?: TLocale;
  },
): TImportPlan {
  const seen = new Map<string, number>();
  const planned = rows.map((row): TPlannedRow => {
    const reasons: TImportProblem[] = [];
    if (!row.name) reasons.push({ code: "IMPORT_ROW_NAME_MISSING" });
    else if (row.name.length > 120) reasons.push({ code: "IMPORT_ROW_NAME_TOO_LONG" });
    if (!row.email) reasons.push({ code: "IMPORT_ROW_EMAIL_MISSING" });
    else if (!ZEmail.safeParse(row.email).success)
      reasons.push({ code: "IMPORT_ROW_EMAIL_INVALID", params: { email: row.email } });
    const firstLine = seen.get(row.email);
    if (row.email && firstLine !== undefined)
      reasons.push({ code: "IMPORT_ROW_DUPLICATE", params: { line: firstLine } });
    else if (row.email) seen.set(row.email, row.line);
    for (const g of row.groups)
      if (!context.groups.has(g.toLowerCase()))
        reasons.push({ code: "IMPORT_ROW_UNKNOWN_GROUP", params: { group: g } });
    const due = row.dueDate === null ? null : parseDueDate(row.dueDate);
    if (due === undefined) reasons.push({ code: "IMPORT_ROW_BAD_DATE", params: { value: row.dueDate ?? "" } });
    const existing = context.existing.get(row.email);
    if (context.precise && existing?.access === "other-organisation") reasons.push(OTHER_ORGANISATION);
    if (context.precise && existing?.access === "not-yours") reasons.push(NOT_YOURS);
    const normalised = { ...row, dueDate: due ?? null };
    if (reasons.length) return { ...normalised, action: "reject", reasons };
    if (!existing) return { ...normalised, action: "create", reasons };
    // No account id kept for a "notify" row: apply looks the address up again, as it is then.
    return existing.access === "manageable"
      ? {
          ...normalised,
          action: "update",
          reasons,
          userId: existing.id,
          ...(existing.current ? { changes: describeUpdate(existing.current, normalised, context.locale) } : {}),
        }
      : { ...normalised, action: "notify", reasons };
  });
  const count = (a: TPlannedAction) => planned.filter((r) => r.action === a).length;
  return {
    rows: planned,
    counts: { create: count("create"), update: count("update"), reject: count("reject"), notify: count("notify") },
  };
}

/**
 * A planned row as the browser may see it: no account id, and "notify" shown as "create", built field by
 * field in one order so that nothing (not even key order) tells the two apart.
 */
export function toPreviewRow(row: TPlannedRow): TPreviewRow {
  return {
    line: row.line,
    name: row.name,
    email: row.email,
    groups: row.groups,
    dueDate: row.dueDate,
    action: row.action === "notify" ? "create" : row.action,
    reasons: row.reasons,
    changes: row.action === "update" ? (row.changes ?? []) : [],
  };
}

/** The counts the importer is shown: "notify" rows among those to create. */
export function shownCounts(counts: TPlanCounts): TImportCounts {
  return { create: counts.create + counts.notify, update: counts.update, reject: counts.reject };
}
