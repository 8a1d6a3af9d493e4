import type { TChangelogEntry } from "./changelog";
import type { TFigures } from "./figures-schema";
import type { TRenewalPolicy, TSource } from "./schema";

export type TQuestionType = "single" | "multiple" | "truefalse";

export type TOption = { id: string; text: string; correct: boolean };

/** A question as the server holds it. True/false questions are normalised to two options. */
export type TQuestion = {
  id: string;
  type: TQuestionType;
  prompt: string;
  options: TOption[];
  explanation: string;
  sourceIds: string[];
  /** The lesson that teaches it (this module or an earlier one). */
  lessonId: string;
  /** 1-based index into the module's learning outcomes. */
  outcome: number;
};

/** draw: how many of the bank's questions each attempt asks. */
export type TQuiz = { id: string; draw: number; questions: TQuestion[] };

export type TLesson = {
  id: string;
  moduleId: string;
  title: string;
  estimatedMinutes: number;
  /** The Markdown body, front matter removed. */
  markdown: string;
  /** Rendered once at load time; content is trusted repository data. */
  html: string;
  /** Sources cited in the body, in order of first citation. */
  sourceIds: string[];
};

export type TModule = {
  id: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  passMark: number;
  contentWarning?: string;
  learningOutcomes: string[];
  lessons: TLesson[];
  quiz: TQuiz;
};

export type TCourse = {
  id: string;
  title: string;
  version: string;
  summary: string;
  estimatedMinutes: number;
  statisticsReviewed: string;
  reviewAfterMonths: number;
  contentWarning: string;
  learningOutcomes: string[];
  renewal: TRenewalPolicy;
  modules: TModule[];
  sources: Record<string, TSource>;
  /** content/changelog.yaml: what changed in each version and why, newest first. */
  changelog: TChangelogEntry[];
  /** content/figures.yaml: the charts and diagrams that lessons place with ::chart{id="..."} and ::diagram{id="..."}. */
  figures: TFigures;
};

export type TContentError = { file: string; message: string };
