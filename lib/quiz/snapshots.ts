import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TQuestion } from "../course/types";
import { db } from "../db/client";
import { questionHash, wordingOf, type TQuestionWording } from "./wording";

// Wordings this process has already stored, and those it is storing now: a question is written once, not on every
// attempt, and fifty learners answering the same new question at once wait for one write instead of racing fifty.
const stored = new Set<string>();
const storing = new Map<string, Promise<void>>();

/**
 * Keeps each wording of these questions, once, so an attempt's review can show them as they were asked
 * after the bank changes. Runs before the attempt is written, outside its transaction; a wording stored by
 * another instance at the same moment is fine.
 */
export async function keepQuestionWordings(
  questions: readonly TQuestion[],
  moduleId: string,
  courseVersion: string,
): Promise<void> {
  const fresh = questions.map((q) => ({ q, hash: questionHash(q) })).filter(({ hash }) => !stored.has(hash));
  if (!fresh.length) return;
  const waits = [...new Set(fresh.flatMap(({ hash }) => storing.get(hash) ?? []))];
  const mine = fresh.filter(({ hash }) => !storing.has(hash));
  if (mine.length) {
    const work = storeWordings(mine, moduleId, courseVersion).then(() => mine.forEach(({ hash }) => stored.add(hash)));
    const settled = work.finally(() => mine.forEach(({ hash }) => storing.delete(hash)));
    mine.forEach(({ hash }) => storing.set(hash, settled));
    waits.push(settled);
  }
  await Promise.all(waits);
}

const isUniqueClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function storeWordings(
  items: { q: TQuestion; hash: string }[],
  moduleId: string,
  courseVersion: string,
): Promise<void> {
  const existing = new Set(
    (
      await db.questionSnapshot.findMany({ where: { hash: { in: items.map((i) => i.hash) } }, select: { hash: true } })
    ).map((r) => r.hash),
  );
  const rows = items
    .filter(({ hash }) => !existing.has(hash))
    .map(({ q, hash }) => ({ hash, questionId: q.id, moduleId, courseVersion, question: wordingOf(q) }));
  if (!rows.length) return;
  try {
    await db.questionSnapshot.createMany({ data: rows });
  } catch (error) {
    if (!isUniqueClash(error)) throw error;
    // Another instance stored some of them first: store the rest one by one.
    for (const data of rows)
      await db.questionSnapshot.create({ data }).catch((e: unknown) => {
        if (!isUniqueClash(e)) throw e;
      });
  }
}

/** The stored wordings with these hashes. */
export async function findQuestionWordings(hashes: readonly string[]): Promise<Map<string, TQuestionWording>> {
  if (!hashes.length) return new Map();
  const rows = await db.questionSnapshot.findMany({
    where: { hash: { in: [...new Set(hashes)] } },
    select: { hash: true, question: true },
  });
  return new Map(rows.map((r) => [r.hash, r.question as TQuestionWording]));
}
