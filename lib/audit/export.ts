import "server-only";
import { stringify } from "csv-stringify";
import type { TActor } from "../auth/current-user";
import { neutraliseCell } from "../compliance/csv";
import { db } from "../db/client";
import { formatDateTime } from "../format/dates";
import type { TLocale } from "../i18n/locales";
import type { TAuditFilter } from "./filters";
import { AUDIT_EVENT_FIELDS, auditWhere, requireAuditReader } from "./list";
import { describeAuditEvents, type TDescribedAuditEvent } from "./resolve";
import { auditEventWords } from "./words";

const CHUNK = 500;
export const AUDIT_CSV_HEADER = [
  "When (UK time)",
  "When (ISO 8601, UTC)",
  "Done by",
  "What happened",
  "Details",
  "Organisation",
  "Action code",
  "Actor id",
  "Target type",
  "Target id",
  "Organisation id",
  "Event id",
];

/**
 * The export's headings and language (the admin area's AdminAuditCsv messages, as the trainer CSV export takes
 * TrainerExport's): the headings follow the reader's language, as nothing reads the columns by name; the events are
 * described in it too. English by default.
 */
export type TAuditCsvWords = { locale: TLocale; header: readonly string[] };

export const ENGLISH_AUDIT_CSV_WORDS: TAuditCsvWords = { locale: "en-GB", header: AUDIT_CSV_HEADER };

/**
 * One event as a CSV row: the plain-language description first (already in the reader's language, from
 * describeAuditEvents), then the raw codes and ids, formula-safe.
 */
export function auditCsvRow(e: TDescribedAuditEvent, locale: TLocale = "en-GB"): string[] {
  const t = auditEventWords(locale);
  return [
    formatDateTime(e.createdAt, { locale }),
    e.createdAt.toISOString(),
    e.actor
      ? e.actor.name + (e.actor.email ? ` (${e.actor.email})` : "")
      : t(e.actorId ? "names.actorGone" : "names.system"),
    e.summary,
    e.details.map((d) => `${d.label}: ${d.value}`).join("; "),
    e.organisationName ?? "",
    e.action,
    e.actorId ?? "",
    e.targetType,
    e.targetId ?? "",
    e.organisationId ?? "",
    e.id,
  ].map(neutraliseCell);
}

/**
 * Every event matching the filter, newest first, as CSV: streamed 500 at a time by keyset pagination on
 * (createdAt, id), with each chunk's names read in one batch. Administrators only.
 */
export async function streamAuditCsv(
  actor: TActor,
  filter: TAuditFilter,
  words: TAuditCsvWords = ENGLISH_AUDIT_CSV_WORDS,
): Promise<ReadableStream<Uint8Array>> {
  requireAuditReader(actor);
  const where = auditWhere(filter);
  let cursor: { createdAt: Date; id: string } | null = null;
  const csv = stringify({ bom: true });
  return new ReadableStream<Uint8Array>({
    start() {
      csv.write(words.header);
    },
    async pull(controller) {
      const after = cursor;
      const events = await db.auditEvent.findMany({
        where: after
          ? {
              AND: [
                where,
                {
                  OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
                },
              ],
            }
          : where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: CHUNK,
        select: AUDIT_EVENT_FIELDS,
      });
      for (const e of await describeAuditEvents(events, words.locale)) csv.write(auditCsvRow(e, words.locale));
      let chunk: Buffer | null;
      while ((chunk = csv.read() as Buffer | null)) controller.enqueue(new Uint8Array(chunk));
      const last = events[events.length - 1];
      if (events.length < CHUNK || !last) {
        csv.end();
        while ((chunk = csv.read() as Buffer | null)) controller.enqueue(new Uint8Array(chunk));
        controller.close();
        return;
      }
      cursor = { createdAt: last.createdAt, id: last.id };
    },
  });
}
