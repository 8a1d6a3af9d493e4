import { z } from "zod";

/** Stable ids: learners' records refer to them, so they are strict and never change once published. */
export const ZId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case (a-z, 0-9, -)");

// YAML turns 2026-11-22 into a Date; accept both and keep an ISO date string.
const ZIsoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-11-22"),
);

const ZText = z.string().trim().min(1, "must not be empty");

/**
 * How long a completion stays valid. Rolling: N months from completion (the usual annual refresher).
 * Fixed date: until a set day each year (e.g. 1 September, when schools' statutory guidance changes).
 * The grace period keeps a certificate valid for some days after its expiry date.
 */
export const ZRenewalPolicy = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("rolling"),
    months: z.number().int().min(1).max(60).default(12),
    graceDays: z.number().int().min(0).max(365).default(0),
  }),
  z.strictObject({
    kind: z.literal("fixed-date"),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(28, "use a day from 1 to 28, so the date exists every year"),
    graceDays: z.number().int().min(0).max(365).default(0),
  }),
]);

export const ZCourse = z.strictObject({
  id: ZId,
  title: ZText,
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, "must look like 2026.11.0"),
  summary: ZText,
  estimatedMinutes: z.number().int().positive(),
  statisticsReviewed: ZIsoDate,
  /** A cited source older than this (its published or checked date) is listed as due for review. */
  reviewAfterMonths: z.number().int().min(1).max(120).default(24),
  contentWarning: ZText,
  learningOutcomes: z.array(ZText).min(1),
  renewal: ZRenewalPolicy.default({ kind: "rolling", months: 12, graceDays: 0 }),
  modules: z.array(ZId).min(1),
});

export const ZArticleSource = z.strictObject({
  id: ZId,
  kind: z.literal("article"),
  seed: z.string().regex(/^[\w.-]+\.txt$/, "must be a seed file name like 000_abc.txt"),
  publisher: ZText,
  title: ZText,
  published: ZIsoDate.optional(),
  label: ZText,
  /** Short passages quoted verbatim from the article, each holding a figure the course cites. */
  excerpts: z.array(ZText).min(1, "quote the passages the course relies on, so a fresh clone can check them"),
});

export const ZWebSource = z.strictObject({
  id: ZId,
  kind: z.literal("web"),
  publisher: ZText,
  title: ZText,
  url: z.url({ protocol: /^https$/ }),
  checked: ZIsoDate,
  label: ZText,
  facts: z.array(ZText).min(1),
});

export const ZSource = z.discriminatedUnion("kind", [ZArticleSource, ZWebSource]);
export const ZSources = z.array(ZSource).min(1);

export const ZModule = z.strictObject({
  id: ZId,
  title: ZText,
  summary: ZText,
  estimatedMinutes: z.number().int().positive(),
  passMark: z.number().int().min(1).max(100).default(80),
  contentWarning: ZText.optional(),
  learningOutcomes: z.array(ZText).min(1),
  lessons: z.array(ZId),
});

export const ZLessonFrontMatter = z.strictObject({
  id: ZId,
  title: ZText,
  estimatedMinutes: z.number().int().positive(),
});

const ZOption = z.strictObject({
  id: ZId,
  text: ZText,
  correct: z.boolean().optional(),
});

const ZQuestionBase = {
  id: ZId,
  /** The lesson a learner who got it wrong should re-read: in this module or an earlier one. */
  lesson: ZId,
  /** Which of the module's learning outcomes it tests: 1 is the first in module.yaml. */
  outcome: z.number().int().positive(),
  prompt: ZText,
  explanation: ZText,
  sources: z.array(ZId).optional(),
};

export const ZQuestion = z.discriminatedUnion("type", [
  z.strictObject({ ...ZQuestionBase, type: z.literal("single"), options: z.array(ZOption).min(2) }),
  z.strictObject({ ...ZQuestionBase, type: z.literal("multiple"), options: z.array(ZOption).min(2) }),
  z.strictObject({ ...ZQuestionBase, type: z.literal("truefalse"), answer: z.boolean() }),
]);

export const ZQuiz = z.strictObject({
  id: ZId,
  /** How many questions of the bank each attempt asks (drawn afresh for each attempt). */
  draw: z.number().int().positive().optional(),
  questions: z.array(ZQuestion).min(1),
});

export type TCourseFile = z.infer<typeof ZCourse>;
export type TRenewalPolicy = z.infer<typeof ZRenewalPolicy>;
export type TSource = z.infer<typeof ZSource>;
export type TModuleFile = z.infer<typeof ZModule>;
export type TLessonFrontMatter = z.infer<typeof ZLessonFrontMatter>;
export type TQuestionFile = z.infer<typeof ZQuestion>;
export type TQuizFile = z.infer<typeof ZQuiz>;
