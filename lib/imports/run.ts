import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import type { TLocale } from "../i18n/locales";
import { calendarDayOf, dueAtFor } from "../dates/calendar-day";
import { enrol } from "../enrolments/enrol";
import { db } from "../db/client";
import { AppError, failure, type TFailure } from "../errors";
import { welcomeEmail } from "../email/messages";
import { WELCOME_DAYS } from "../people/welcome";
import { deleteStaleImportPreviews } from "./retention";
import { queueEmails } from "../email/send";
import { managedOrganisationId, trainerGroupIds, visibleUsersWhere } from "../people/scope";
import { queueExistingAccountNotices, type TAccountHolder } from "../people/existing-account-notice";
import { createLinkToken } from "../people/tokens";
import {
  planImport,
  readImportCsv,
  shownCounts,
  toPreviewRow,
  type TExistingAccount,
  type TImportProblem,
  type TImportCounts,
  type TPlannedRow,
  type TPreviewRow,
} from "./plan";

const BATCH_MINUTES = 60;
const CHUNK = 500;

/**
 * Reads and checks a CSV for an organisation and keeps the plan (with the ids of the accounts it would
 * update) in the stored batch for confirmation. Writes no people. What it returns carries no account ids:
 * it goes to the browser. A trainer may update only the learners they see (visibleUsersWhere); any other
 * existing address, wherever and whoever its account is, is shown to them exactly as a new address would
 * be (applying it tells the holder instead: see applyImport). Administrators are told precisely.
 */
export async function previewImport(
  actor: TActor,
  organisationId: string,
  csv: string,
  courseId?: string,
  /** The importer's language, for what the preview says an update changes. */
  locale: TLocale = "en-GB",
): Promise<{ rows: TPreviewRow[]; counts: TImportCounts; fileProblem?: TImportProblem; batchId?: string }> {
  const orgId = managedOrganisationId(actor, organisationId);
  const { rows, problem } = readImportCsv(csv);
  if (problem) return { rows: [], counts: { create: 0, update: 0, reject: 0 }, fileProblem: problem };

  const groups = await importableGroups(actor, orgId);
  const visible = await visibleUsersWhere(actor, orgId);
  const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
  const existing = new Map<string, TExistingAccount>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const found = await db.user.findMany({
      where: { email: { in: emails.slice(i, i + CHUNK) } },
      select: { id: true, email: true, organisationId: true },
    });
    // The accounts the actor may manage, as they stand: what an update row would change is shown before applying.
    const manageable = new Map(
      (
        await db.user.findMany({
          where: { AND: [visible, { id: { in: found.map((u) => u.id) } }] },
          select: {
            id: true,
            name: true,
            memberships: { select: { group: { select: { name: true } } } },
            enrolments: { where: { courseId: courseId ?? "" }, select: { dueAt: true } },
          },
        })
      ).map((u) => [
        u.id,
        {
          name: u.name,
          groups: u.memberships.map((m) => m.group.name),
          dueDay: u.enrolments[0]?.dueAt ? calendarDayOf(u.enrolments[0].dueAt) : null,
        },
      ]),
    );
    for (const u of found)
      existing.set(u.email, {
        id: u.id,
        ...(manageable.has(u.id) ? { current: manageable.get(u.id)! } : {}),
        access: manageable.has(u.id)
          ? "manageable"
          : actor.role === "ADMIN" && u.organisationId !== orgId
            ? "other-organisation"
            : "not-yours",
      });
  }
  const plan = planImport(rows, { groups, existing, precise: actor.role === "ADMIN", locale });
  const batch = await db.$transaction(async (tx) => {
    await deleteStaleImportPreviews(tx);
    const created = await tx.importBatch.create({
      data: { organisationId: orgId, createdById: actor.id, rows: plan.rows, summary: plan.counts },
      select: { id: true },
    });
    // Each check of up to 10,000 addresses is on record, so an administrator can see one used to probe for accounts.
    await recordAudit(tx, actor, {
      action: "import.preview",
      organisationId: orgId,
      targetType: "import",
      targetId: created.id,
      details: {
        ...plan.counts,
        rows: rows.length,
        existingNotYours: [...existing.values()].filter((e) => e.access !== "manageable").length,
      },
    });
    return created;
  });
  return { rows: plan.rows.map(toPreviewRow), counts: shownCounts(plan.counts), batchId: batch.id };
}

/** Groups the actor may put people in, by lower-case name: a trainer limited to groups only theirs. */
async function importableGroups(actor: TActor, orgId: string): Promise<Map<string, string>> {
  const limit = await trainerGroupIds(actor);
  const groups = await db.group.findMany({
    where: { organisationId: orgId, ...(limit ? { id: { in: limit } } : {}) },
    select: { id: true, name: true },
  });
  return new Map(groups.map((g) => [g.name.toLowerCase(), g.id]));
}

/**
 * added: the rows the preview showed as "create". For a trainer that includes addresses whose holders were
 * told instead, so it is not the number of accounts made (the audit log keeps that), and what the importer is
 * told must stay true without saying which rows were which (the edge words it). emailIds: welcome emails and notices queued;
 * the caller delivers them after responding (see deliverEmails).
 */
export type TApplyResult = { ok: true; added: number; updated: number; emailIds: string[] } | TFailure;

/**
 * Applies a previewed import in one transaction: every row or none. New learners are emailed a link
 * to set their password; due dates become their assignment. An address that has an account the importer
 * may not manage (a trainer's "notify" row, or a new address that has gained such an account since the
 * preview) creates and changes nothing: its holder gets the invite form's once-a-day notice instead.
 */
export async function applyImport(
  actor: TActor,
  course: TCourse,
  batchId: string,
  baseUrl: string,
  options: { sendWelcome: boolean },
): Promise<TApplyResult> {
  const batch = await db.importBatch.findUnique({ where: { id: batchId } });
  if (!batch || batch.createdById !== actor.id) return failure("IMPORT_NOT_FOUND");
  const orgId = managedOrganisationId(actor, batch.organisationId);
  if (batch.appliedAt) return failure("IMPORT_ALREADY_APPLIED");
  if (batch.createdAt.getTime() < Date.now() - BATCH_MINUTES * 60_000) return failure("IMPORT_EXPIRED");
  const rows = batch.rows as TPlannedRow[];
  if (rows.some((r) => r.action === "reject")) return failure("IMPORT_ROWS_REJECTED");

  const courseId = course.id;
  const now = new Date();
  // The preview may be an hour old: groups, roles and accounts are checked again below, as they are now.
  const groups = await importableGroups(actor, orgId);
  const visible = await visibleUsersWhere(actor, orgId);
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: orgId }, select: { name: true } });

  const emailIds = await db
    .$transaction(
      async (tx) => {
        const current = await asNow(tx, rows, groups, visible, actor.role === "ADMIN");
        if (!current) throw new AppError("IMPORT_STALE");
        // Applied once, even if confirmed twice at the same moment.
        const claimed = await tx.importBatch.updateMany({
          where: { id: batchId, appliedAt: null },
          data: { appliedAt: now },
        });
        if (claimed.count !== 1) throw new AppError("IMPORT_ALREADY_APPLIED");
        const creates = current.creates.map((r) => ({ ...r, userId: randomUUID() }));
        const updates = rows.filter((r) => r.action === "update");
        for (let i = 0; i < creates.length; i += CHUNK) {
          const chunk = creates.slice(i, i + CHUNK);
          await tx.user.createMany({
            data: chunk.map((r) => ({
              id: r.userId,
              email: r.email,
              name: r.name,
              searchName: r.name.toLowerCase(),
              organisationId: orgId,
              role: "LEARNER" as const,
            })),
          });
          await enrol(
            tx,
            chunk.map((r) => ({
              userId: r.userId,
              organisationId: orgId,
              courseId,
              ...(r.dueDate
                ? { assignment: { dueAt: dueAtFor(r.dueDate), assignedAt: now, assignedById: actor.id } }
                : {}),
            })),
          );
        }
        for (const r of updates) {
          await tx.user.update({ where: { id: r.userId! }, data: { name: r.name, searchName: r.name.toLowerCase() } });
          if (r.dueDate)
            await tx.enrolment.upsert({
              where: { userId_courseId: { userId: r.userId!, courseId } },
              create: {
                userId: r.userId!,
                organisationId: orgId,
                courseId,
                dueAt: dueAtFor(r.dueDate),
                assignedAt: now,
                assignedById: actor.id,
              },
              update: { dueAt: dueAtFor(r.dueDate), assignedAt: now, assignedById: actor.id },
            });
        }
        // Group memberships are added, never removed: a spreadsheet lists where people are, not where they are not.
        const memberships = [...creates, ...updates].flatMap((r) =>
          r.groups.map((g) => ({ userId: r.userId!, groupId: groups.get(g.toLowerCase())! })),
        );
        const existingMemberships = new Set(
          (
            await tx.groupMembership.findMany({
              where: { userId: { in: updates.map((u) => u.userId!) } },
              select: { userId: true, groupId: true },
            })
          ).map((m) => `${m.userId}:${m.groupId}`),
        );
        const fresh = [
          ...new Map(
            memberships
              .filter((m) => !existingMemberships.has(`${m.userId}:${m.groupId}`))
              .map((m) => [`${m.userId}:${m.groupId}`, m]),
          ).values(),
        ];
        for (let i = 0; i < fresh.length; i += CHUNK)
          await tx.groupMembership.createMany({ data: fresh.slice(i, i + CHUNK) });

        let ids: string[] = [];
        if (options.sendWelcome && creates.length) {
          const expiresAt = new Date(now.getTime() + WELCOME_DAYS * 24 * 3600 * 1000);
          const links = creates.map((r) => ({ row: r, ...createLinkToken() }));
          for (let i = 0; i < links.length; i += CHUNK)
            await tx.passwordReset.createMany({
              data: links.slice(i, i + CHUNK).map((l) => ({ userId: l.row.userId, tokenHash: l.tokenHash, expiresAt })),
            });
          ids = await queueEmails(
            tx,
            links.map(({ row: r, token }) => ({
              to: r.email,
              toUserId: r.userId,
              organisationId: orgId,
              kind: "welcome",
              linkExpiresAt: expiresAt,
              write: (w) =>
                welcomeEmail(w, {
                  name: r.name,
                  organisationName: organisation.name,
                  courseTitle: course.title,
                  dueDay: r.dueDate,
                  link: `${baseUrl}/reset-password/${token}`,
                  days: WELCOME_DAYS,
                }),
            })),
          );
        }
        // Sent whether or not welcome emails are: it is the holder's notice that someone tried, as from the invite form.
        const notices = await queueExistingAccountNotices(tx, current.holders, baseUrl, now);
        // The real counts: how many addresses had accounts the importer may not manage, for administrators to spot probing.
        await recordAudit(tx, actor, {
          action: "import.apply",
          organisationId: orgId,
          targetType: "import",
          targetId: batchId,
          details: {
            created: creates.length,
            updated: updates.length,
            existingNotYours: current.holders.length,
            noticesQueued: notices.length,
          },
        });
        return [...ids, ...notices];
      },
      { timeout: 120_000 },
    )
    .catch((error: unknown) => {
      // Thrown inside to roll the transaction back; answered, not thrown, like the checks before it.
      if (error instanceof AppError) return failure(error.code);
      throw error;
    });
  if (!Array.isArray(emailIds)) return emailIds;
  const added = rows.filter((r) => r.action === "create" || r.action === "notify").length;
  const updated = rows.filter((r) => r.action === "update").length;
  return { ok: true, added, updated, emailIds };
}

/**
 * The batch as it is to be applied now, or null when it no longer holds: every group one the actor may use,
 * every account to update still one they manage (with the same email). Each row shown as "create" is looked
 * up again: no account, it is created; an account the importer may not manage, its holder is told (for an
 * administrator, who was told precisely, any account is a change); an account they may manage is a change.
 */
async function asNow(
  tx: Prisma.TransactionClient,
  rows: TPlannedRow[],
  groups: Map<string, string>,
  visible: Prisma.UserWhereInput,
  precise: boolean,
): Promise<{ creates: TPlannedRow[]; holders: TAccountHolder[] } | null> {
  if (!rows.every((r) => r.groups.every((g) => groups.has(g.toLowerCase())))) return null;
  const updates = rows.filter((r) => r.action === "update");
  for (let i = 0; i < updates.length; i += CHUNK) {
    const chunk = updates.slice(i, i + CHUNK);
    const found = await tx.user.findMany({
      where: { AND: [visible, { id: { in: chunk.map((r) => r.userId ?? "") } }] },
      select: { id: true, email: true },
    });
    const emailOf = new Map(found.map((u) => [u.id, u.email]));
    if (!chunk.every((r) => r.userId && emailOf.get(r.userId) === r.email)) return null;
  }
  const shownAsCreate = rows.filter((r) => r.action === "create" || r.action === "notify");
  const creates: TPlannedRow[] = [];
  const holders: TAccountHolder[] = [];
  for (let i = 0; i < shownAsCreate.length; i += CHUNK) {
    const chunk = shownAsCreate.slice(i, i + CHUNK);
    const found = await tx.user.findMany({
      where: { email: { in: chunk.map((r) => r.email) } },
      select: { id: true, email: true, name: true, organisationId: true },
    });
    if (found.length && precise) return null;
    const manageable = await tx.user.count({ where: { AND: [visible, { id: { in: found.map((u) => u.id) } }] } });
    if (manageable) return null;
    const holderOf = new Map(found.map((u) => [u.email, u]));
    for (const r of chunk) {
      const holder = holderOf.get(r.email);
      if (holder) holders.push(holder);
      else creates.push(r);
    }
  }
  return { creates, holders };
}
