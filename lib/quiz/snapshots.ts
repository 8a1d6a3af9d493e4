import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TQuestion } from "../course/types";
import { db } from "../db/client";
import { questionHash, wordingOf, type TQuestionWording } from "./wording";

// Wordings this process has already stored: a question is written once, not on every attempt.
const stored = new Set<string>();

/**
 * Keeps each wording of these questions, once, so an attempt's review can show them as they were asked
 * after the bank changes. Runs before the attempt is written; a wording stored by a concurrent request is fine.
 */
export async function keepQuestionWordings(questions: readonly TQuestion[], moduleId: string, courseVersion: string): Promise<void> {
  const fresh = questions.map((q) => ({ q, hash: questionHash(q) })).filter(({ hash }) => !stored.has(hash));
  if (!fresh.length) return;
  const existing = await db.questionSnapshot.findMany({ where: { hash: { in: fresh.map((f) => f.hash) } }, select: { hash: true } });
  for (const { hash } of existing) stored.add(hash);
  for (const { q, hash } of fresh.filter(({ hash }) => !stored.has(hash))) {
    try {
      await db.questionSnapshot.create({ data: { hash, questionId: q.id, moduleId, courseVersion, question: wordingOf(q) } });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
    stored.add(hash);
  }
}

/** The stored wordings with these hashes. */
export async function findQuestionWordings(hashes: readonly string[]): Promise<Map<string, TQuestionWording>> {
  if (!hashes.length) return new Map();
  const rows = await db.questionSnapshot.findMany({ where: { hash: { in: [...new Set(hashes)] } }, select: { hash: true, question: true } });
  return new Map(rows.map((r) => [r.hash, r.question as TQuestionWording]));
}
