import { LEARNER_STATUSES, type TLearnerStatus } from "../enrolments/status";
import { SORTS, type TSort } from "./dashboard";
import { readPageNumber } from "./page-number";

export type TDashboardQuery = {
  org?: string;
  group?: string;
  status?: TLearnerStatus;
  q?: string;
  sort: TSort;
  dir: "asc" | "desc";
  page: number;
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : undefined);

/** The dashboard's filters from its URL; anything unrecognised is ignored rather than an error. */
export function readDashboardQuery(params: Record<string, string | string[] | undefined>): TDashboardQuery {
  const status = one(params.status);
  const sort = one(params.sort);
  return {
    org: one(params.org) || undefined,
    group: one(params.group) || undefined,
    status: (LEARNER_STATUSES as readonly string[]).includes(status ?? "") ? (status as TLearnerStatus) : undefined,
    q: one(params.q)?.trim() || undefined,
    // Own keys only: "constructor" is "in" every object.
    sort: sort && Object.hasOwn(SORTS, sort) ? (sort as TSort) : "name",
    dir: one(params.dir) === "desc" ? "desc" : "asc",
    page: readPageNumber(one(params.page)),
  };
}

export function dashboardQueryString(q: Partial<TDashboardQuery>): string {
  const entries = Object.entries(q).filter(
    ([, v]) => v !== undefined && v !== "" && !(typeof v === "number" && v === 1),
  );
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}
