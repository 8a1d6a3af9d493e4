import "server-only";
import { stringify } from "csv-stringify";
import type { TActor } from "../auth/current-user";
import { formatDate } from "../format/dates";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { inIdBatches } from "../db/in-batches";
import { LEARNER_STATUS_LABELS, learnerStatus, type TLearnerStatus } from "../enrolments/status";
import { countPassedModules } from "../progress/standing";
import { findModuleStandings } from "../progress/standings";
import { enrolmentWhere, type TLearnerFilter } from "./dashboard";
import { neutraliseCell } from "./csv";

const CHUNK = 1000;
const HEADER = [
  "Name",
  "Email",
  "Groups",
  "Status",
  "Modules passed",
  "Last activity",
  "Score",
  "Completed",
  "Valid until",
  "Due",
  "Certificate number",
  "Course",
  "Content version",
];

/**
 * The export's words and dates in the reader's language (the trainer area's TrainerExport and TrainerStatus
 * messages): the column headings follow the language, as nothing reads them by name (README, "Languages"). English
 * by default.
 */
export type TCsvWords = {
  locale?: string;
  header: readonly string[];
  status: Record<TLearnerStatus, string>;
  /** "3 of 5": modules passed of the course's. */
  modulesPassed: (passed: number, total: number) => string;
};

export const ENGLISH_CSV_WORDS: TCsvWords = {
  header: HEADER,
  status: LEARNER_STATUS_LABELS,
  modulesPassed: (passed, total) => `${passed} of ${total}`,
};

type TPersonRow = { id: string; name: string; email: string; groupId: string | null };

/**
 * Names, emails and group ids of a chunk's people, a statement per 500 (SQLite's parameter limit). Raw SQL, for
 * SQLite and PostgreSQL alike: as Prisma's nested select (person, then memberships) it cost three times as much.
 */
async function findPeople(userIds: readonly string[]) {
  const people = new Map<string, { name: string; email: string; groupIds: string[] }>();
  const rows = await inIdBatches(
    userIds,
    (batch) => db.$queryRaw<TPersonRow[]>`
      SELECT u."id", u."name", u."email", m."groupId" FROM "User" u
      LEFT JOIN "GroupMembership" m ON m."userId" = u."id"
      WHERE u."id" IN (${batch})`,
  );
  for (const row of rows) {
    const person = people.get(row.id) ?? { name: row.name, email: row.email, groupIds: [] };
    if (row.groupId !== null) person.groupIds.push(row.groupId);
    people.set(row.id, person);
  }
  return people;
}

/** A person's groups by name, in alphabetical order, as the dashboard's group filter lists them. */
function groupList(groupIds: readonly string[], groupNames: ReadonlyMap<string, string>): string {
  return groupIds
    .flatMap((id) => {
      const name = groupNames.get(id);
      return name === undefined ? [] : [name];
    })
    .sort((a, b) => a.localeCompare(b, "en-GB"))
    .join("; ");
}

/**
 * The filtered learner table as CSV, streamed a thousand rows at a time by keyset pagination, so
 * exporting 50,000 people never holds 50,000 rows in memory.
 */
export async function streamLearnersCsv(
  actor: TActor,
  course: TCourse,
  filter: TLearnerFilter,
  now = new Date(),
  words: TCsvWords = ENGLISH_CSV_WORDS,
): Promise<ReadableStream<Uint8Array>> {
  const { where, organisationId } = await enrolmentWhere(actor, course, filter, now);
  // Group names from one query up front, not a Group lookup and object per membership per row.
  const groupNames = new Map(
    (await db.group.findMany({ where: { organisationId }, select: { id: true, name: true } })).map((g) => [
      g.id,
      g.name,
    ]),
  );
  const modules = course.modules.length;
  const versions = new Map<string, string>();
  const date = (d: Date | null) => (d ? formatDate(d, { locale: words.locale }) : "");
  let cursor: string | undefined;

  const csv = stringify({ bom: true });
  return new ReadableStream<Uint8Array>({
    start() {
      csv.write(words.header);
    },
    async pull(controller) {
      const rows = await db.enrolment.findMany({
        // "id greater than the last one" rather than Prisma's cursor option, which becomes `id >= (SELECT …)
        // OFFSET 1`: PostgreSQL cannot plan that onto the (organisationId, courseId, id) index and sorted the
        // whole organisation for every chunk (49 ms a chunk at 5,000 people, against 5 ms like this).
        where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
        orderBy: { id: "asc" },
        take: CHUNK,
        select: {
          id: true,
          userId: true,
          dueAt: true,
          validUntil: true,
          lastActivityAt: true,
          completedAt: true,
          scorePercent: true,
          certificateNumber: true,
        },
      });
      const userIds = rows.map((r) => r.userId);
      // Counted as the dashboard counts them (current cycle, when read), not from the stored summary.
      const [people, standings] = await Promise.all([
        findPeople(userIds),
        findModuleStandings(db, course, userIds, now),
      ]);
      const numbers = rows.flatMap((r) =>
        r.certificateNumber && !versions.has(r.certificateNumber) ? [r.certificateNumber] : [],
      );
      if (numbers.length)
        for (const c of await db.certificate.findMany({
          where: { number: { in: numbers } },
          select: { number: true, courseVersion: true },
        }))
          versions.set(c.number, c.courseVersion);
      for (const r of rows) {
        const person = people.get(r.userId);
        csv.write(
          [
            person?.name ?? "",
            person?.email ?? "",
            groupList(person?.groupIds ?? [], groupNames),
            words.status[learnerStatus(r, now)],
            words.modulesPassed(countPassedModules(standings.get(r.userId) ?? []), modules),
            date(r.lastActivityAt),
            r.scorePercent ?? "",
            date(r.completedAt),
            date(r.validUntil),
            date(r.dueAt),
            r.certificateNumber ?? "",
            course.title,
            r.certificateNumber ? (versions.get(r.certificateNumber) ?? "") : "",
          ].map(neutraliseCell),
        );
      }
      let chunk: Buffer | null;
      while ((chunk = csv.read() as Buffer | null)) controller.enqueue(new Uint8Array(chunk));
      if (rows.length < CHUNK) {
        csv.end();
        while ((chunk = csv.read() as Buffer | null)) controller.enqueue(new Uint8Array(chunk));
        controller.close();
        return;
      }
      cursor = rows[rows.length - 1]?.id;
    },
  });
}
