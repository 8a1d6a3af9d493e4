import { extractFigures, findClaims, numbersMissingFromSources } from "./citations";
import { findFigureDirectives } from "./figure-directive";
import { CITATION_PATTERN, parseCitationIds } from "./markdown";

/** What each source may be relied on for: an article's excerpts, a web page's facts (content/sources.yaml). */
export type TPassages = (sourceId: string) => string[];

// Paragraphs and list items, as the citation check splits a lesson (lib/course/citations.ts).
const BLOCK = /\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/;

/** Each paragraph's or list item's citations, in order ("a; b" for [@a; @b]). */
function citationsByBlock(text: string): string[][] {
  return (
    text
      .split(BLOCK)
      .map((block) => block.trim())
      // A chart or diagram is placed, not cited: figurePlacementProblems compares those.
      .filter((block) => block && !/^::(?!:)/.test(block))
      .map((block) => [...block.matchAll(CITATION_PATTERN)].map((m) => parseCitationIds(m[1] ?? "").join("; ")))
  );
}

const show = (cites: string[]) => (cites.length ? cites.map((c) => `[@${c}]`).join(" ") : "nothing");

/** Figures (digits or number words) of `translated` that `english` does not have. */
export function figuresNotIn(english: string, translated: string): string[] {
  const have = new Set(extractFigures(english));
  return [...new Set(extractFigures(translated))].filter((n) => !have.has(n));
}

/**
 * The same sources cited in the same places: paragraph by paragraph (list item by list item), the same citations
 * in the same order. A translation may reword a sentence, not move what supports it.
 */
export function citationPlaceProblems(english: string, translated: string): string[] {
  const en = citationsByBlock(english);
  const tr = citationsByBlock(translated);
  const problems: string[] = [];
  if (en.length !== tr.length && en.flat().join("|") !== tr.flat().join("|"))
    problems.push(
      `has ${tr.length} paragraphs where the English has ${en.length}, and its citations differ: keep the English paragraphs, each with its citations`,
    );
  for (let i = 0; i < Math.max(en.length, tr.length); i++) {
    const a = en[i] ?? [];
    const b = tr[i] ?? [];
    if (a.join("|") !== b.join("|"))
      problems.push(`paragraph ${i + 1} cites ${show(b)}, but the English paragraph cites ${show(a)}`);
  }
  return problems;
}

/**
 * Figures in cited sentences: every figure a translated sentence states is one the English sentence it translates
 * states (the sentences are paired by their citations), and it is in the cited source's excerpts or facts, the check
 * the English sentence passes. A figure in a sentence with no citation fails as it does in English.
 */
export function figureProblems(english: string, translated: string, passages: TPassages): string[] {
  const en = findClaims(english);
  const tr = findClaims(translated);
  const problems: string[] = [];
  // The English may state a figure uncited only where its own check allows it (a helpline number in course.yaml).
  const uncitedInEnglish = new Set(en.uncited.flatMap((u) => u.numbers));
  for (const u of tr.uncited) {
    const numbers = u.numbers.filter((n) => !uncitedInEnglish.has(n));
    if (numbers.length)
      problems.push(
        `"${u.text.slice(0, 80)}" contains ${numbers.join(", ")} with no citation: the English gives it with one, or not at all`,
      );
  }
  tr.claims.forEach((claim, i) => {
    const original = en.claims[i];
    if (!original || original.sourceIds.join(";") !== claim.sourceIds.join(";")) return; // a citation problem, reported as one
    const extra = figuresNotIn(original.text, claim.text);
    if (extra.length)
      problems.push(
        `"${claim.text.slice(0, 80)}" states ${extra.join(", ")}, which the English sentence ("${original.text.slice(0, 60)}") does not`,
      );
    const missing = numbersMissingFromSources(claim.numbers, claim.sourceIds.flatMap(passages));
    if (missing.length)
      problems.push(
        `"${claim.text.slice(0, 80)}": ${missing.join(", ")} not found in the cited source's excerpts or facts (${claim.sourceIds.join(", ")})`,
      );
  });
  return problems;
}

/** Charts and diagrams placed as the English places them: the same ::chart{id} / ::diagram{id} lines, in order. */
export function figurePlacementProblems(english: string, translated: string): string[] {
  const en = findFigureDirectives(english).placed.map((p) => `::${p.kind}{id="${p.id}"}`);
  const tr = findFigureDirectives(translated);
  const problems = tr.malformed.map((line) => `"${line}" is not a figure directive like ::chart{id="..."}`);
  if (en.join("\n") !== tr.placed.map((p) => `::${p.kind}{id="${p.id}"}`).join("\n"))
    problems.push(
      `places ${tr.placed.map((p) => `${p.kind} "${p.id}"`).join(", ") || "no figure"}, but the English places ${en.length ? en.join(", ") : "none"}: place the same charts and diagrams in the same order`,
    );
  return problems;
}

/** All the rules for a piece of running text (a lesson body, or a course or module field with inline citations). */
export function textProblems(english: string, translated: string, passages: TPassages): string[] {
  return [
    ...citationPlaceProblems(english, translated),
    ...figureProblems(english, translated, passages),
    ...figurePlacementProblems(english, translated),
  ];
}
