import "server-only";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import type { TLearnerStatus } from "../enrolments/status";
import { allowedGroupId, countStatuses, countStatusesByGroup, readScope, type TScope } from "./dashboard";
import { createVersionedCache } from "./figures-cache";

/**
 * The longest figures are kept: statuses also change with time alone (a due date passing, a certificate entering its
 * last 30 days), which no write announces.
 */
export const FIGURES_TTL_MS = 30_000;
// Organisations × scopes × group filters in use at once; each entry is a few hundred bytes.
const MAX_ENTRIES = 1_000;

type TSummary = Awaited<ReturnType<typeof countStatuses>>;
type TGroupFigures = Awaited<ReturnType<typeof countStatusesByGroup>>;
/** `version`: the organisation's figures version they were counted at, for the page's other kept figures (charts). */
export type TDashboardFigures = { summary: TSummary; groups: TGroupFigures; version: number };

const summaries = createVersionedCache<TSummary>({ ttlMs: FIGURES_TTL_MS, maxEntries: MAX_ENTRIES });
const breakdowns = createVersionedCache<TGroupFigures>({ ttlMs: FIGURES_TTL_MS, maxEntries: MAX_ENTRIES });

/**
 * The version of the data an organisation's figures are counted from: database triggers add 1 with every change
 * that can alter a figure, in the same transaction (prisma/schema.prisma, FiguresVersion). One primary-key read.
 */
export async function readFiguresVersion(organisationId: string): Promise<number> {
  const row = await db.figuresVersion.findUnique({ where: { organisationId }, select: { version: true } });
  return row?.version ?? 0;
}

/**
 * Everything about the viewer that decides which people the figures count: the organisation, the people filter their
 * role gives (visibleUsersWhere) and the groups they are limited to. Two viewers share figures only when all of it
 * is the same, so nobody is ever shown figures counted over people they may not see.
 */
export function scopeKey(scope: TScope, course: Pick<TCourse, "id">): string {
  return JSON.stringify([course.id, scope.organisationId, scope.visible, scope.limit]);
}

/** Values kept for many requests are shared between them, hence frozen (deeply). */
export function frozen<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

/**
 * The dashboard's headline figures (for the organisation, or one group of it) and its table by group, as
 * getComplianceSummary and getGroupBreakdown count them, kept in this process's memory for up to FIGURES_TTL_MS.
 * Correct with several server processes: every request reads the organisation's version (one indexed read), and
 * figures are reused only while it has not moved, so a write made through any process shows on the next request.
 * The version is read before the figures are counted: a write that commits in between makes the next request's
 * version differ, so figures are never reused once the version has moved past the data they were counted from.
 * The figures are shared between requests, hence frozen.
 */
export async function getDashboardFigures(
  actor: TActor,
  course: TCourse,
  filter: { organisationId?: string; groupId?: string },
  now = new Date(),
): Promise<TDashboardFigures> {
  const scope = await readScope(actor, filter.organisationId);
  const version = await readFiguresVersion(scope.organisationId);
  const key = scopeKey(scope, course);
  const groupId = allowedGroupId(scope, filter.groupId);
  const [summary, groups] = await Promise.all([
    summaries.get(JSON.stringify([key, groupId ?? null]), version, now, async () =>
      frozen(await countStatuses(scope, course, { groupId }, now)),
    ),
    breakdowns.get(key, version, now, async () => frozen(await countStatusesByGroup(scope, course, {}, now))),
  ]);
  return { summary, groups, version };
}

/**
 * How many people the learner table lists for a status filter, from the figures: the same people (the same scope and
 * group) classified by the same rule, so the table need not count them again. Not for a name search, which the
 * figures do not narrow by. The figures may be up to FIGURES_TTL_MS old, so at a status's turning point (a due date
 * passing) the count can lag the rows by as long; a write is never missed (readFiguresVersion).
 */
export function tableTotalFromFigures(
  summary: TSummary,
  filter: { status?: TLearnerStatus; q?: string },
): number | undefined {
  if (filter.q) return undefined;
  return filter.status ? summary.byStatus[filter.status] : summary.total;
}

/** Forgets every kept figure (tests, and a server that wants to start cold). */
export function clearDashboardFigures(): void {
  summaries.clear();
  breakdowns.clear();
}
