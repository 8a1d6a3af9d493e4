import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { deliverDueEmails, deliverEmails, queueEmail, type TDeliveryOptions } from "../email/send";
import { learnerReminderEmail, trainerDigestEmail, type TDigestLearner } from "./emails";
import { planReminders, TRAINER_STAGE, type TReminderPlan, type TSentReminder } from "./stages";
import { AppError } from "../errors";

export type TReminderRunOptions = {
  now: Date;
  /** The site's public address, for the links in the emails. */
  baseUrl: string;
  courseId: string;
  courseTitle: string;
  /** Enrolments read per query; never all at once. */
  pageSize?: number;
  /** Where to send (default: SMTP_URL). */
  delivery?: TDeliveryOptions;
};
export type TReminderRunResult = { learnersChecked: number; remindersSent: number; trainerDigests: number };

type TLearner = { enrolmentId: string; userId: string; organisationId: string; name: string; email: string };
type TOverdue = TLearner & { dueAt: Date };
type TCourseInfo = { courseId: string; courseTitle: string; baseUrl: string };

/** NOTHING_TO_SEND is thrown inside a transaction to roll it back when the learner's situation changed since we read it. */
const isNothingToSend = (error: unknown) => error instanceof AppError && error.code === "NOTHING_TO_SEND";

const isUniqueClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
const DEFAULT_PAGE_SIZE = 500;

/**
 * Sends the reminders due now for one course: each learner's most urgent unsent stage, then one digest
 * per trainer about learners newly overdue. Every message is recorded (EmailMessage and ReminderSent)
 * in the transaction that queues it, so a re-run, or two runs at once, never sends a stage twice.
 * Queued messages are delivered at the end, even when the run stops part way. Before anything else, the
 * run retries earlier messages that are due again and drops expired links (see deliverDueEmails).
 */
export async function runReminders(db: PrismaClient, options: TReminderRunOptions): Promise<TReminderRunResult> {
  const { now, courseId } = options;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const course: TCourseInfo = {
    courseId,
    courseTitle: options.courseTitle,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
  };
  const queued: string[] = [];
  const overdue: TOverdue[] = [];
  let learnersChecked = 0;
  await deliverDueEmails(options.delivery);

  try {
    for (let after: string | undefined; ;) {
      const page = await db.enrolment.findMany({
        where: { courseId, user: { active: true }, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: pageSize,
        select: {
          id: true,
          userId: true,
          dueAt: true,
          validUntil: true,
          user: { select: { name: true, email: true, organisationId: true, role: true } },
        },
      });
      if (!page.length) break;
      after = page.at(-1)!.id;
      learnersChecked += page.length;

      const sentByUser = await loadSent(
        db,
        courseId,
        page.map((e) => e.userId),
      );
      for (const e of page) {
        const plan = planReminders(e, sentByUser.get(e.userId) ?? [], now);
        if (!plan) continue;
        const learner: TLearner = {
          enrolmentId: e.id,
          userId: e.userId,
          organisationId: e.user.organisationId,
          name: e.user.name,
          email: e.user.email,
        };
        if (plan.learnerStage) {
          const id = await sendLearnerReminder(db, learner, plan, course, now);
          if (id) queued.push(id);
        }
        // Trainers hear about learners only: a colleague's or an administrator's training is for administrators (visibleUsersWhere).
        if (plan.escalate && e.user.role === "LEARNER") overdue.push({ ...learner, dueAt: plan.anchor });
      }
      if (page.length < pageSize) break;
    }
    const remindersSent = queued.length;

    const byOrganisation = groupBy(overdue, (l) => l.organisationId);
    let trainerDigests = 0;
    for (const [organisationId, learners] of byOrganisation) {
      const ids = await escalateToTrainers(db, organisationId, learners, course, now);
      queued.push(...ids);
      trainerDigests += ids.length;
    }
    return { learnersChecked, remindersSent, trainerDigests };
  } finally {
    await deliverEmails(queued, options.delivery);
  }
}

/** The reminders already recorded for these learners and the course, by learner. */
async function loadSent(
  db: PrismaClient | Prisma.TransactionClient,
  courseId: string,
  userIds: string[],
): Promise<Map<string, TSentReminder[]>> {
  const rows = await db.reminderSent.findMany({
    where: { courseId, userId: { in: userIds } },
    select: { userId: true, stage: true, anchorDate: true },
  });
  return groupBy(rows, (r) => r.userId);
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Queues the learner's email and records the stage in one transaction. Writing first takes SQLite's
 * write lock, so the re-check that follows sees the latest state: a learner who completed (or was
 * reminded by another run) since their page was read gets nothing, and nothing is kept.
 */
async function sendLearnerReminder(
  db: PrismaClient,
  learner: TLearner,
  plan: TReminderPlan,
  course: TCourseInfo,
  now: Date,
): Promise<string | null> {
  const stage = plan.learnerStage!;
  try {
    return await db.$transaction(async (tx) => {
      const emailId = await queueEmail(tx, {
        to: learner.email,
        toUserId: learner.userId,
        organisationId: learner.organisationId,
        kind: `reminder-${stage}`,
        write: (w) => learnerReminderEmail(w, stage, learner, plan.anchor, course),
      });
      const [fresh, sent] = await Promise.all([
        tx.enrolment.findUnique({ where: { id: learner.enrolmentId }, select: { dueAt: true, validUntil: true } }),
        loadSent(tx, course.courseId, [learner.userId]),
      ]);
      const again = fresh && planReminders(fresh, sent.get(learner.userId) ?? [], now);
      if (!again || again.learnerStage !== stage || again.anchor.getTime() !== plan.anchor.getTime())
        throw new AppError("NOTHING_TO_SEND");
      await tx.reminderSent.create({
        data: {
          userId: learner.userId,
          courseId: course.courseId,
          stage,
          anchorDate: plan.anchor,
          emailMessageId: emailId,
        },
      });
      return emailId;
    });
  } catch (error) {
    if (isNothingToSend(error) || isUniqueClash(error)) return null;
    throw error;
  }
}

/**
 * One digest per active trainer in the organisation about its newly overdue learners (a trainer
 * limited to groups hears only about learners in them), and each learner's escalation recorded
 * against the first digest that named them, all in one transaction. Learners no trainer can see are
 * not recorded, so their trainers hear once someone is there to hear. Returns the digests' ids.
 */
async function escalateToTrainers(
  db: PrismaClient,
  organisationId: string,
  candidates: TOverdue[],
  course: TCourseInfo,
  now: Date,
): Promise<string[]> {
  const trainers = await db.user.findMany({
    where: { organisationId, role: "TRAINER", active: true },
    orderBy: { id: "asc" },
    select: { id: true, name: true, email: true, trainerGroups: { select: { groupId: true } } },
  });
  if (!trainers.length) return [];

  // Read again just before escalating: the pages may have taken a while, and completing stops it.
  const learners: TOverdue[] = [];
  const groupsByLearner = new Map<string, Set<string>>();
  for (let i = 0; i < candidates.length; i += DEFAULT_PAGE_SIZE) {
    const chunk = candidates.slice(i, i + DEFAULT_PAGE_SIZE);
    const userIds = chunk.map((l) => l.userId);
    const [enrolments, sent, memberships] = await Promise.all([
      db.enrolment.findMany({
        where: { id: { in: chunk.map((l) => l.enrolmentId) }, user: { active: true } },
        select: { id: true, dueAt: true, validUntil: true },
      }),
      loadSent(db, course.courseId, userIds),
      db.groupMembership.findMany({ where: { userId: { in: userIds } }, select: { userId: true, groupId: true } }),
    ]);
    const freshById = new Map(enrolments.map((e) => [e.id, e]));
    for (const l of chunk) {
      const fresh = freshById.get(l.enrolmentId);
      const plan = fresh && planReminders(fresh, sent.get(l.userId) ?? [], now);
      if (plan?.escalate) learners.push({ ...l, dueAt: plan.anchor });
    }
    for (const m of memberships)
      groupsByLearner.set(m.userId, (groupsByLearner.get(m.userId) ?? new Set()).add(m.groupId));
  }

  const digests = trainers.flatMap((trainer) => {
    const limitedTo = trainer.trainerGroups.length ? new Set(trainer.trainerGroups.map((g) => g.groupId)) : null;
    const visible = learners.filter(
      (l) =>
        l.userId !== trainer.id &&
        (!limitedTo || [...(groupsByLearner.get(l.userId) ?? [])].some((g) => limitedTo.has(g))),
    );
    return visible.length ? [{ trainer, learners: visible }] : [];
  });
  if (!digests.length) return [];

  try {
    return await db.$transaction(async (tx) => {
      const firstDigest = new Map<string, { emailId: string; dueAt: Date }>();
      const ids: string[] = [];
      for (const { trainer, learners: listed } of digests) {
        const people: TDigestLearner[] = listed.map((l) => ({ name: l.name, email: l.email, dueAt: l.dueAt }));
        const emailId = await queueEmail(tx, {
          to: trainer.email,
          toUserId: trainer.id,
          organisationId,
          kind: "reminder-overdue-digest",
          write: (w) => trainerDigestEmail(w, trainer, people, course),
        });
        ids.push(emailId);
        for (const l of listed) if (!firstDigest.has(l.userId)) firstDigest.set(l.userId, { emailId, dueAt: l.dueAt });
      }
      await tx.reminderSent.createMany({
        data: [...firstDigest].map(([userId, d]) => ({
          userId,
          courseId: course.courseId,
          stage: TRAINER_STAGE,
          anchorDate: d.dueAt,
          emailMessageId: d.emailId,
        })),
      });
      return ids;
    });
  } catch (error) {
    // Another run escalated some of these learners at the same moment: it has told the trainers.
    if (isUniqueClash(error)) return [];
    throw error;
  }
}
