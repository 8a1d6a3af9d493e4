// The audit log's filters as its address carries them (?actor=&action=&org=&from=&to=&page=), shared by the page
// and its CSV export. A value that cannot be used is a clear message for the person, never a crash or a silent
// "no filter" (an unfiltered log read as a filtered one would mislead).
import { z } from "zod";
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

const day = (which: string) =>
  z.string({ error: `Give one “${which}” date.` }).transform((v, ctx) => {
    const parsed = v.length <= 20 ? parseDueDate(v) : undefined;
    if (parsed) return parsed;
    ctx.addIssue({ code: "custom", message: `The “${which}” date “${v.slice(0, 20)}” is not a date: use 31/01/2026.` });
    return z.NEVER;
  });

export const ZAuditQuery = z
  .object({
    actor: optional(z.string({ error: "Choose one person." }).regex(ID, "Choose the person from the list.")),
    action: optional(z.enum(ACTION_CODES, { error: "Choose one action from the list." })),
    org: optional(z.string({ error: "Choose one organisation." }).regex(ID, "Choose the organisation from the list.")),
    from: optional(day("from")),
    to: optional(day("to")),
    page: optional(z.string({ error: "Give one page number." }).regex(/^\d{1,6}$/, "The page must be a whole number.")),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "The “from” date is after the “to” date: swap them, or change one.",
    path: ["to"],
  });

/** The filters from the page's search parameters, or every problem with them in words. */
export function readAuditQuery(params: Record<string, string | string[] | undefined>): TAuditQueryResult {
  const parsed = ZAuditQuery.safeParse({
    actor: params.actor,
    action: params.action,
    org: params.org,
    from: params.from,
    to: params.to,
    page: params.page,
  });
  if (!parsed.success) return { ok: false, problems: [...new Set(parsed.error.issues.map((i) => i.message))] };
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
