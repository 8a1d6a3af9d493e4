import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the chart is read from the Certificate table with raw SQL on SQLite and PostgreSQL alike.
const database = testDatabase("coverage");

type TActor = import("../auth/current-user").TActor;
let coverage: typeof import("./coverage");
let db: typeof import("../db/client").db;
let certify: typeof import("../testing/certify").certify;
let course: import("../course").TCourse;
let admin: TActor;
let limited: TActor;
let orgId: string;
let di: string;

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-03T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

beforeAll(async () => {
  await database.migrate();
  const courses = await import("../course");
  ({ db } = await import("../db/client"));
  ({ certify } = await import("../testing/certify"));
  coverage = await import("./coverage");
  course = courses.getDefaultCourse();
  const org = await db.organisation.create({
    data: {
      name: "Chart School",
      slug: "chart-school",
      groups: { create: [{ name: "Nursery" }, { name: "Reception" }] },
    },
    include: { groups: true },
  });
  orgId = org.id;
  const group = (name: string) => org.groups.find((g) => g.name === name)!.id;
  let n = 0;
  const person = async (name: string, groups: string[], dueAt: Date | null, organisationId = org.id) => {
    const user = await db.user.create({
      data: {
        email: `${name.toLowerCase()}@${organisationId.slice(-6)}.example`,
        name,
        searchName: name.toLowerCase(),
        organisationId,
        memberships: { create: groups.map((g) => ({ groupId: group(g) })) },
      },
    });
    await db.enrolment.create({ data: { userId: user.id, organisationId, courseId: course.id, dueAt } });
    return user.id;
  };
  const certificate = (userId: string, days: number, extra: { revokedAt?: Date } = {}) =>
    certify(db, {
      userId,
      course,
      number: `CH-${++n}`,
      learnerName: "Someone",
      organisationName: org.name,
      completedAt: at(days),
      enrolment: true,
      ...extra,
    });
  await certificate(await person("Ann", ["Nursery"], at(30)), -100);
  // Certified 300 days ago: runs out 65 days from now.
  await certificate(await person("Ben", ["Nursery", "Reception"], at(-10)), -300);
  // Revoked 20 days ago: covered from 60 days ago until then.
  await certificate(await person("Cy", ["Reception"], at(30)), -60, { revokedAt: at(-20) });
  di = await person("Di", ["Reception"], at(30));
  const other = await db.organisation.create({ data: { name: "Other School", slug: "other-chart-school" } });
  await certificate(await person("Out", [], at(30), other.id), -100);
  const staff = async (role: "ADMIN" | "TRAINER") => {
    const user = await db.user.create({
      data: { email: `${role.toLowerCase()}@chart.example`, name: role, role, organisationId: org.id },
    });
    return { id: user.id, name: role, email: user.email, role, organisationId: org.id } satisfies TActor;
  };
  admin = await staff("ADMIN");
  limited = await staff("TRAINER");
  await db.trainerGroup.create({ data: { trainerId: limited.id, groupId: group("Reception") } });
}, 60_000);

afterAll(() => database.drop());

const pointAt = (charts: import("./coverage").TCoverageCharts, name: string, days: number) => {
  const chart = charts.charts.find((c) => c.name === name)!;
  return chart.points.find((p) => p.at.getTime() === at(days).getTime())!;
};

describe("completion over time", () => {
  it("charts everyone the viewer may see and each group, fortnightly from six months ago to the latest due date", async () => {
    const charts = await coverage.getCoverageCharts(admin, course, { organisationId: orgId }, now);
    expect(charts.charts.map((c) => [c.name, c.points[0]?.total])).toEqual([
      ["Everyone", 4],
      ["Nursery", 2],
      ["Reception", 3],
    ]);
    expect(charts.moments[0]).toEqual(at(-182));
    // The latest due date is 30 days ahead: the chart runs on to the fortnight after it.
    expect(charts.moments.at(-1)).toEqual(at(42));
    expect(charts.charts[0]).toMatchObject({ latestDue: at(30), oneDueDate: false });
    expect(charts.charts[1]).toMatchObject({ latestDue: at(30), oneDueDate: false });
  });

  it("counts who held a valid certificate at each moment, a revoked one only until it was revoked", async () => {
    const charts = await coverage.getCoverageCharts(admin, course, { organisationId: orgId }, now);
    expect(pointAt(charts, "Everyone", -182)).toMatchObject({ covered: 1, coveredPercent: 25, due: 0 });
    expect(pointAt(charts, "Everyone", -28)).toMatchObject({ covered: 3, coveredPercent: 75 });
    expect(pointAt(charts, "Everyone", -14)).toMatchObject({ covered: 2, coveredPercent: 50 });
    expect(pointAt(charts, "Everyone", 0)).toMatchObject({ covered: 2, due: 1, duePercent: 25 });
    expect(pointAt(charts, "Everyone", 42)).toMatchObject({ covered: 2, due: 4, duePercent: 100 });
    expect(pointAt(charts, "Reception", -28)).toMatchObject({ covered: 2, total: 3, coveredPercent: 67 });
    expect(pointAt(charts, "Reception", 0)).toMatchObject({ covered: 1, coveredPercent: 33 });
  });

  it("shows a trainer limited to a group only that group's people, and nobody of another organisation", async () => {
    const charts = await coverage.getCoverageCharts(limited, course, { organisationId: orgId }, now);
    expect(charts.charts.map((c) => [c.name, c.points[0]?.total])).toEqual([
      ["Everyone", 3],
      ["Reception", 3],
    ]);
    expect(pointAt(charts, "Everyone", 0)).toMatchObject({ covered: 1 });
  });

  it("refuses an organisation the viewer does not manage", async () => {
    const other = await db.organisation.findUniqueOrThrow({ where: { slug: "other-chart-school" } });
    await expect(coverage.getCoverageCharts(limited, course, { organisationId: other.id }, now)).rejects.toThrow();
  });

  it("is kept until the organisation's figures change, then counted afresh", async () => {
    const before = await coverage.getCoverageCharts(admin, course, { organisationId: orgId }, now);
    expect(await coverage.getCoverageCharts(admin, course, { organisationId: orgId }, now)).toBe(before);
    await certify(db, {
      userId: di,
      course,
      number: "CH-DI",
      learnerName: "Di",
      organisationName: "Chart School",
      completedAt: at(-1),
      enrolment: true,
    });
    const after = await coverage.getCoverageCharts(admin, course, { organisationId: orgId }, now);
    expect(pointAt(after, "Everyone", 0)).toMatchObject({ covered: 3 });
  });

  it("takes the figures version the caller read, and reads none itself", async () => {
    const figures = await import("./dashboard-figures");
    const version = await figures.readFiguresVersion(orgId);
    const reads: unknown[] = [];
    const read = db.figuresVersion.findUnique;
    db.figuresVersion.findUnique = ((...args: Parameters<typeof read>) => {
      reads.push(args);
      return read(...args);
    }) as unknown as typeof read;
    try {
      const given = await coverage.getCoverageCharts(admin, course, { organisationId: orgId, version }, now);
      expect(reads).toEqual([]);
      expect(await coverage.getCoverageCharts(admin, course, { organisationId: orgId }, now)).toBe(given);
      expect(reads).toHaveLength(1);
    } finally {
      db.figuresVersion.findUnique = read;
    }
  });
});
