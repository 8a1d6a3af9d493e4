import { z } from "zod";
import { ZId } from "./schema";

const ZText = z.string().trim().min(1, "must not be empty");

/**
 * Where a point's period or area is not given by its article: said plainly, never guessed. Any other period or area
 * must be worded as the article words it, so that the checker can find it there.
 */
export const NOT_STATED = "not stated in the article";

/** A figure's source: one of the seed articles, by its file name, and the publisher that article names. */
export const ZFigureSource = z.strictObject({
  seed: z.string().regex(/^[\w.-]+\.txt$/, "must be a seed file name like 000_abc.txt"),
  publisher: ZText,
});

/**
 * One figure, carrying everything a reader needs to trust it: its value and unit, the words the article uses for it
 * (`as`: "nearly 23,000", "exactly half"), its period and area as the article words them, the data set or measure it
 * belongs to, and the seed article it comes from.
 */
export const ZChartPoint = z.strictObject({
  /** The category along the chart's axis ("2017/18", "Snapchat"). */
  label: ZText,
  value: z.number().nonnegative(),
  /** offences: a count of recorded offences; percent: a share of offences. */
  unit: z.enum(["offences", "percent"]),
  /** The figure in the article's own words, qualifier included ("more than 33,000", "44%", "a quarter"). */
  as: ZText,
  period: ZText,
  area: ZText,
  dataset: ZText,
  source: ZFigureSource,
});

export const ZChartSeries = z.strictObject({
  /** Shown in the legend and as the table's column header. */
  name: ZText,
  points: z.array(ZChartPoint).min(1),
});

export const ZChart = z.strictObject({
  id: ZId,
  /**
   * Bars only, for now: none of the seeds gives a run of comparable, consecutive periods, which a line would claim.
   * Each point is its own bar; a series' bars share a style, and the legend names the series.
   */
  type: z.literal("bar"),
  /** The chart's heading. */
  title: ZText,
  /** One or two sentences under the heading: what is counted, and what not to read into it. */
  caption: ZText,
  /** The header of the table's first column ("Period, as the article gives it"). */
  labelHeader: ZText,
  series: z.array(ZChartSeries).min(1),
});

/**
 * A piece of diagram text: a string is found in the step's or route's own lesson; `{ text, lesson }` is found in the
 * lesson it names, so that one step can bring together the words of two lessons without rewording either.
 */
const ZQuote = z.union([ZText, z.strictObject({ text: ZText, lesson: ZId })]);

/** Diagram text is the course's own wording: `lesson` names the lesson where each piece of it is found, verbatim. */
const ZStep = z.strictObject({
  title: ZText,
  /** One sentence, or several (each from its own lesson), shown one after another. */
  detail: z.union([ZText, z.array(ZQuote).min(1)]).optional(),
  lesson: ZId,
  /** Drawn with a heavier border: the step that must not be missed (999). */
  urgent: z.boolean().optional(),
});

const ZRoute = z.strictObject({
  /** The service, as the lesson names it ("CEOP", "Report Remove"). */
  name: ZText,
  /** Who or what it is for, in the lesson's words. */
  when: ZText,
  /** What happens, or how to reach it, in the lesson's words. */
  how: z.array(ZQuote).min(1),
  lesson: ZId,
  urgent: z.boolean().optional(),
});

const ZDiagramBase = { id: ZId, title: ZText, caption: ZText };

export const ZDiagram = z.discriminatedUnion("kind", [
  /** Steps in order, drawn top to bottom with arrows; the text equivalent is an ordered list. */
  z.strictObject({
    ...ZDiagramBase,
    kind: z.literal("steps"),
    steps: z.array(ZStep).min(2),
    /** A line drawn beside the steps (the fast pattern, with no long grooming first). */
    note: z.strictObject({ title: ZText, text: ZText, lesson: ZId }).optional(),
  }),
  /** Where each concern goes: one card per service; the text equivalent is a list of the same cards. */
  z.strictObject({ ...ZDiagramBase, kind: z.literal("routes"), routes: z.array(ZRoute).min(2) }),
]);

export const ZFigures = z.strictObject({
  charts: z.array(ZChart).default([]),
  diagrams: z.array(ZDiagram).default([]),
});

export type TQuote = z.infer<typeof ZQuote>;
/** A quote's words. */
export const quoteText = (q: TQuote): string => (typeof q === "string" ? q : q.text);
/** The lesson a quote is found in: its own, or else the step's or route's. */
export const quoteLesson = (q: TQuote, lesson: string): string => (typeof q === "string" ? lesson : q.lesson);
/** A step's detail as one line of text (its sentences one after another), or undefined. */
export const stepDetail = (detail: string | TQuote[] | undefined): string | undefined =>
  detail === undefined ? undefined : typeof detail === "string" ? detail : detail.map(quoteText).join(" ");

export type TFigureSource = z.infer<typeof ZFigureSource>;
export type TChartPoint = z.infer<typeof ZChartPoint>;
export type TChartSeries = z.infer<typeof ZChartSeries>;
export type TChart = z.infer<typeof ZChart>;
export type TDiagram = z.infer<typeof ZDiagram>;
export type TFigures = z.infer<typeof ZFigures>;
