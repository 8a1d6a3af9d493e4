import type { Prisma } from "@/generated/prisma/client";

/** Who is enrolled on which course, in which organisation, and (when assigned at once) by when. */
export type TEnrol = {
  userId: string;
  organisationId: string;
  courseId: string;
  assignment?: { dueAt: Date; assignedAt: Date; assignedById: string };
};

/**
 * Enrols people on a course: the row the compliance dashboard counts and reminders read. Creating an account
 * does not enrol anyone by itself; whoever creates it (an accepted invitation, an import, the seed) calls this
 * next, in the same transaction, so an account never exists without its enrolment. Someone already enrolled
 * on the course is an error (the unique key), as it was when enrolling was part of creating the account.
 * No "server-only": the seed enrols its demo people too (it writes only through the client it is given).
 */
export async function enrol(
  client: Pick<Prisma.TransactionClient, "enrolment">,
  people: readonly TEnrol[],
): Promise<number> {
  if (!people.length) return 0;
  const { count } = await client.enrolment.createMany({
    data: people.map(({ userId, organisationId, courseId, assignment }) => ({
      userId,
      organisationId,
      courseId,
      ...assignment,
    })),
  });
  return count;
}
