import "server-only";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { inIdBatches } from "../db/in-batches";
import { calendarDayOf } from "../dates/calendar-day";
import {
  certificateSpan,
  coverageMoments,
  coverageOverTime,
  type TCoveragePoint,
  type TCoverageSpan,
} from "./coverage-over-time";
import { readScope, scopedEnrolmentWhere } from "./dashboard";
import { FIGURES_TTL_MS, frozen, readFiguresVersion, scopeKey } from "./dashboard-figures";
import { createVersionedCache } from "./figures-cache";

export type TCoverageChart = {
  /** The group's id; null for everyone the viewer may see. */
  groupId: string | null;
  name: string;
  points: TCoveragePoint[];
  /** The latest due date of the people charted, and whether they all share that one day. */
  latestDue: Date | null;
  oneDueDate: boolean;
};
export type TCoverageCharts = { now: Date; moments: Date[]; charts: TCoverageChart[] };

type TCertificateRow = {
  userId: string;
  issuedAt: Date | string;
  expiresAt: Date | string;
  graceDays: number | bigint;
  revokedAt: Date | string | null;
};

// A chart's data is a few kilobytes: fewer are kept than figures.
const coverages = createVersionedCache<TCoverageCharts>({ ttlMs: FIGURES_TTL_MS, maxEntries: 200 });

/**
 * Every certificate of the course these people ever held, as spans of valid time (revoked ones end when revoked).
 * Raw SQL, for SQLite and PostgreSQL alike, a statement per 500 people: thousands of rows, and none of Prisma's
 * row building.
 */
async function findCertificateSpans(courseId: string, userIds: readonly string[]): Promise<TCoverageSpan[]> {
  const rows = await inIdBatches(
    userIds,
    (batch) => db.$queryRaw<TCertificateRow[]>`
      SELECT "userId", "issuedAt", "expiresAt", "graceDays", "revokedAt" FROM "Certificate"
      WHERE "courseId" = ${courseId} AND "userId" IN (${batch})`,
  );
  return rows.map((r) =>
    certificateSpan({
      userId: r.userId,
      issuedAt: new Date(r.issuedAt),
      expiresAt: new Date(r.expiresAt),
      graceDays: Number(r.graceDays),
      revokedAt: r.revokedAt === null ? null : new Date(r.revokedAt),
    }),
  );
}

function dueDates(people: readonly { dueAt: Date | null }[]) {
  const dues = people.flatMap((p) => (p.dueAt ? [p.dueAt] : []));
  if (!dues.length) return { latestDue: null, oneDueDate: false };
  const latestDue = new Date(Math.max(...dues.map((d) => d.getTime())));
  return { latestDue, oneDueDate: new Set(dues.map((d) => calendarDayOf(d))).size === 1 };
}

async function countCoverage(
  scope: Awaited<ReturnType<typeof readScope>>,
  course: Pick<TCourse, "id">,
  now: Date,
): Promise<TCoverageCharts> {
  const [people, groups] = await Promise.all([
    db.enrolment.findMany({
      where: scopedEnrolmentWhere(scope, course, {}, now),
      select: { userId: true, dueAt: true },
    }),
    db.group.findMany({
      where: { organisationId: scope.organisationId, ...(scope.limit ? { id: { in: scope.limit } } : {}) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const ids = people.map((p) => p.userId);
  const [spans, memberships] = await Promise.all([
    findCertificateSpans(course.id, ids),
    groups.length
      ? db.groupMembership.findMany({
          where: { groupId: { in: groups.map((g) => g.id) } },
          select: { groupId: true, userId: true },
        })
      : [],
  ]);
  const everyone = dueDates(people);
  const moments = coverageMoments(now, everyone.latestDue);
  const personOf = new Map(people.map((p) => [p.userId, p]));
  const chart = (groupId: string | null, name: string, members: typeof people): TCoverageChart => ({
    groupId,
    name,
    points: coverageOverTime(members, spans, moments),
    ...dueDates(members),
  });
  return {
    now,
    moments,
    charts: [
      chart(null, "Everyone", people),
      ...groups.map((g) =>
        chart(
          g.id,
          g.name,
          // Only members the viewer may see: personOf holds just those.
          memberships.flatMap((m) => (m.groupId === g.id ? (personOf.get(m.userId) ?? []) : [])),
        ),
      ),
    ],
  };
}

/**
 * Completion over time for everyone the viewer may see, and for each of their groups: at each fortnight over the
 * last six months and on to the latest due date, who held a valid certificate against who was due by then.
 * Authorised here (readScope: refused when the organisation is not the viewer's to manage; only people they may
 * see). Kept per scope, like the dashboard figures, while the organisation's figures version stands. `version`: that
 * version when the caller has just read it for the same organisation (the dashboard, with its figures), so a page
 * reads it once.
 */
export async function getCoverageCharts(
  actor: TActor,
  course: Pick<TCourse, "id">,
  filter: { organisationId?: string; version?: number },
  now = new Date(),
): Promise<TCoverageCharts> {
  const scope = await readScope(actor, filter.organisationId);
  const version = filter.version ?? (await readFiguresVersion(scope.organisationId));
  return coverages.get(scopeKey(scope, course), version, now, async () =>
    frozen(await countCoverage(scope, course, now)),
  );
}

/** Forgets every kept chart (tests, and a server that wants to start cold). */
export function clearCoverageCharts(): void {
  coverages.clear();
}
