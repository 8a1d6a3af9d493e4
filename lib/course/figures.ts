import { extractFigures } from "./citations";
import {
  NOT_STATED,
  quoteLesson,
  quoteText,
  ZFigures,
  type TChart,
  type TChartPoint,
  type TDiagram,
  type TFigures,
} from "./figures-schema";
import type { TSource } from "./schema";
import type { TContentError } from "./types";
import type { TFigureKind, TFigurePlacement } from "./figure-directive";

export { findFigureDirectives, FIGURE_DIRECTIVE, type TFigurePlacement } from "./figure-directive";

/** Text as compared: case, spacing, typographic quotes and Markdown emphasis aside. */
function normalise(text: string): string {
  return text
    .replace(/\s*\[@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*\]/g, "")
    .replace(/\*\*|__/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const contains = (text: string, phrase: string) => normalise(text).includes(normalise(phrase));

export type TFiguresInput = {
  file: string;
  data: unknown;
  sources: Record<string, TSource>;
  /** The seed articles by file name, when present; otherwise each article's excerpts in sources.yaml stand in. */
  seedTexts?: Record<string, string>;
  /** Each lesson's Markdown by lesson id: diagram text must be found in the lesson it names. */
  lessons: Record<string, string>;
  /** Where lessons place figures: the lesson file and what it places. */
  placements: { file: string; placed: TFigurePlacement[]; malformed: string[] }[];
};

/**
 * Validates content/figures.yaml: the schema; every chart point's source is a seed article with the publisher
 * sources.yaml gives it, and its figure, period and area are worded as that article words them; a series keeps to one
 * area, data set and unit (and a chart to one unit); the numbers in a chart's own text are in its articles; diagram
 * text is the named lesson's own wording; every figure a lesson places exists, and every figure is placed.
 */
export function checkFigures(input: TFiguresInput): { figures: TFigures; errors: TContentError[] } {
  const { file } = input;
  const errors: TContentError[] = [];
  const fail = (message: string) => errors.push({ file, message });
  const parsed = ZFigures.safeParse(input.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      fail(`${issue.path.length ? issue.path.join(".") + ": " : ""}${issue.message}`);
    return { figures: { charts: [], diagrams: [] }, errors };
  }
  const figures = parsed.data;

  const articlesBySeed = new Map<string, Extract<TSource, { kind: "article" }>>();
  for (const s of Object.values(input.sources)) if (s.kind === "article") articlesBySeed.set(s.seed, s);
  /** The article's text: the seed itself where present, else its excerpts (checked verbatim against it elsewhere). */
  const articleText = (seed: string): string | undefined => {
    if (input.seedTexts) return input.seedTexts[seed];
    return articlesBySeed.get(seed)?.excerpts.join("\n");
  };

  const checkPoint = (where: string, p: TChartPoint) => {
    const article = articlesBySeed.get(p.source.seed);
    if (!article) {
      fail(
        `${where}: source ${p.source.seed} is not one of the seed articles in content/sources.yaml: every figure must come from a seed article`,
      );
      return;
    }
    const text = articleText(p.source.seed);
    if (text === undefined) {
      fail(`${where}: source ${p.source.seed} is not a seed file in ../shared/seeds/`);
      return;
    }
    if (p.source.publisher !== article.publisher)
      fail(
        `${where}: publisher "${p.source.publisher}" is not the publisher content/sources.yaml gives ${p.source.seed} ("${article.publisher}")`,
      );
    if (!contains(text, p.as))
      fail(`${where}: "${p.as}" is not in the text of ${p.source.seed}: quote the figure as the article gives it`);
    const figures = extractFigures(p.as).map(Number);
    const matches = figures.some((f) => f === p.value || (p.unit === "percent" && Math.round(f * 100) === p.value));
    if (!matches) fail(`${where}: value ${p.value} is not the figure in "${p.as}"`);
    for (const [field, value] of [
      ["period", p.period],
      ["area", p.area],
    ] as const)
      if (value !== NOT_STATED && !contains(text, value))
        fail(
          `${where}: ${field} "${value}" is not in the text of ${p.source.seed}: word it as the article does, or write "${NOT_STATED}"`,
        );
  };

  const checkChart = (chart: TChart) => {
    const at = `chart "${chart.id}"`;
    for (const series of chart.series) {
      series.points.forEach((p, i) => checkPoint(`${at}, series "${series.name}", point ${i + 1} (${p.label})`, p));
      for (const field of ["area", "dataset", "unit"] as const) {
        const values = [...new Set(series.points.map((p) => p[field]))];
        if (values.length > 1)
          fail(
            `${at}, series "${series.name}" mixes ${field === "dataset" ? "data sets" : field === "area" ? "areas" : "units"} (${values.join("; ")}): figures that cannot be compared must be separate series`,
          );
      }
    }
    const units = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.unit)))];
    if (units.length > 1) fail(`${at} draws ${units.join(" and ")} on one axis: give each unit its own chart`);
    // The chart's own words may name a year or a figure only if its articles do (once every source is found).
    const seeds = chart.series.flatMap((s) => s.points.map((p) => p.source.seed));
    if (!seeds.every((seed) => articlesBySeed.has(seed) && articleText(seed) !== undefined)) return;
    const available = new Set(
      chart.series.flatMap((s) => s.points.flatMap((p) => extractFigures(articleText(p.source.seed) ?? ""))),
    );
    const ownText: [string, string][] = [
      ["title", chart.title],
      ["caption", chart.caption],
      ["labelHeader", chart.labelHeader],
      ...chart.series.flatMap((s): [string, string][] => [
        [`series name "${s.name}"`, s.name],
        ...s.points.map((p): [string, string] => [`label "${p.label}"`, p.label]),
      ]),
    ];
    for (const [field, text] of ownText) {
      const missing = extractFigures(text).filter((n) => !available.has(n));
      if (missing.length) fail(`${at}: ${field} has ${missing.join(", ")}, which is not in the chart's cited articles`);
    }
  };

  const checkDiagramText = (at: string, lesson: string, text: string) => {
    const markdown = input.lessons[lesson];
    if (markdown === undefined) fail(`${at}: lesson "${lesson}" does not exist`);
    else if (!contains(markdown, text))
      fail(`${at}: "${text}" is not in lesson "${lesson}": a diagram uses the lesson's own words, it adds no advice`);
  };

  const checkDiagram = (d: TDiagram) => {
    const at = `diagram "${d.id}"`;
    if (d.kind === "steps") {
      d.steps.forEach((s, i) => {
        checkDiagramText(`${at}, step ${i + 1}`, s.lesson, s.title);
        const detail = s.detail === undefined ? [] : typeof s.detail === "string" ? [s.detail] : s.detail;
        for (const q of detail) checkDiagramText(`${at}, step ${i + 1}`, quoteLesson(q, s.lesson), quoteText(q));
      });
      if (d.note) for (const text of [d.note.title, d.note.text]) checkDiagramText(`${at}, note`, d.note.lesson, text);
    } else
      d.routes.forEach((r, i) => {
        for (const text of [r.name, r.when]) checkDiagramText(`${at}, route ${i + 1}`, r.lesson, text);
        for (const q of r.how) checkDiagramText(`${at}, route ${i + 1}`, quoteLesson(q, r.lesson), quoteText(q));
      });
  };

  const ids = new Set<string>();
  for (const f of [...figures.charts, ...figures.diagrams]) {
    if (ids.has(f.id)) fail(`id "${f.id}" is used twice`);
    ids.add(f.id);
  }
  figures.charts.forEach(checkChart);
  figures.diagrams.forEach(checkDiagram);

  const known: Record<TFigureKind, Set<string>> = {
    chart: new Set(figures.charts.map((c) => c.id)),
    diagram: new Set(figures.diagrams.map((d) => d.id)),
  };
  const placedIds = new Set<string>();
  for (const lesson of input.placements) {
    for (const line of lesson.malformed)
      errors.push({
        file: lesson.file,
        message: `"${line}" is not a figure directive: write ::chart{id="..."} or ::diagram{id="..."} on a line of its own`,
      });
    for (const { kind, id } of lesson.placed) {
      placedIds.add(`${kind}:${id}`);
      if (!known[kind].has(id))
        errors.push({
          file: lesson.file,
          message: `::${kind}{id="${id}"}: no ${kind} has this id in ${file}`,
        });
    }
  }
  for (const kind of ["chart", "diagram"] as const)
    for (const id of known[kind])
      if (!placedIds.has(`${kind}:${id}`))
        fail(`${kind} "${id}" is not placed in any lesson: add ::${kind}{id="${id}"} to one, or remove it`);
  return { figures, errors };
}
