// The audit log's filters as its address carries them (?actor=&action=&org=&from=&to=&page=), shared by the page
// and its CSV export. A value that cannot be used is a clear message for the person, in their language (the schema
// carries AUDIT_FILTER_* codes, worded by the error catalogue), never a crash or a silent "no filter" (an unfiltered
// log read as a filtered one would mislead).
import { z } from "zod";
import { fieldMessage, type TLocale } from "../errors";
import { parseDueDate } from "../imports/plan";
import { AUDIT_ACTIONS, type TAuditAction } from "./actions";

export type TAuditFilter = {
  actorId?: string;
  action?: TAuditAction;
  organisationId?: string;
  /** Calendar days ("2026-03-01"), inclusive, in the organisations' time zone. */
  from?: string;
  to?: string;
};
export type TAuditQuery = TAuditFilter & { page: number };
export type TAuditQueryResult = { ok: true; query: TAuditQuery } | { ok: false; problems: string[] };

const ID = /^[A-Za-z0-9_-]{1,40}$/;
const ACTION_CODES = [...AUDIT_ACTIONS] as [TAuditAction, ...TAuditAction[]];

// "" (a filter left on "any") is no filter.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), schema.optional());

const DAY_CODES = {
  from: { one: "AUDIT_FILTER_ONE_FROM_DATE", notADate: "AUDIT_FILTER_FROM_NOT_A_DATE" },
  to: { one: "AUDIT_FILTER_ONE_TO_DATE", notADate: "AUDIT_FILTER_TO_NOT_A_DATE" },
} as const;

const day = (which: keyof typeof DAY_CODES) =>
  z.string({ error: DAY_CODES[which].one }).transform((v, ctx) => {
    const parsed = v.length <= 20 ? parseDueDate(v) : undefined;
    if (parsed) return parsed;
    ctx.addIssue({ code: "custom", message: DAY_CODES[which].notADate, params: { value: v.slice(0, 20) } });
    return z.NEVER;
  });

export const ZAuditQuery = z
  .object({
    actor: optional(z.string({ error: "AUDIT_FILTER_ONE_PERSON" }).regex(ID, "AUDIT_FILTER_PERSON_FROM_LIST")),
    action: optional(z.enum(ACTION_CODES, { error: "AUDIT_FILTER_ACTION_FROM_LIST" })),
    org: optional(
      z.string({ error: "AUDIT_FILTER_ONE_ORGANISATION" }).regex(ID, "AUDIT_FILTER_ORGANISATION_FROM_LIST"),
    ),
    from: optional(day("from")),
    to: optional(day("to")),
    page: optional(z.string({ error: "AUDIT_FILTER_ONE_PAGE" }).regex(/^\d{1,6}$/, "AUDIT_FILTER_PAGE_NOT_A_NUMBER")),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "AUDIT_FILTER_DATES_BACKWARDS", path: ["to"] });

/** The filters from the page's search parameters, or every problem with them in the reader's words. */
export function readAuditQuery(
  params: Record<string, string | string[] | undefined>,
  locale: TLocale,
): TAuditQueryResult {
  const parsed = ZAuditQuery.safeParse({
    actor: params.actor,
    action: params.action,
    org: params.org,
    from: params.from,
    to: params.to,
    page: params.page,
  });
  if (!parsed.success)
    return { ok: false, problems: [...new Set(parsed.error.issues.map((issue) => fieldMessage(issue, locale)))] };
  const q = parsed.data;
  return {
    ok: true,
    query: {
      actorId: q.actor,
      action: q.action,
      organisationId: q.org,
      from: q.from,
      to: q.to,
      page: Math.min(100_000, Math.max(1, Number(q.page ?? "1"))),
    },
  };
}

/** A URL's search parameters as the page gets them: a repeated one as a list (which the filters then refuse). */
export function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/** The filters as search parameters (for page links and the CSV link), empty ones left out. */
export function auditQueryParams(filter: TAuditFilter): Record<string, string | undefined> {
  return { actor: filter.actorId, action: filter.action, org: filter.organisationId, from: filter.from, to: filter.to };
}

export function hasAuditFilter(filter: TAuditFilter): boolean {
  return Object.values(auditQueryParams(filter)).some(Boolean);
}
