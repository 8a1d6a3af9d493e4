import { CITATION_PATTERN, parseCitationIds } from "./markdown";
import { numberWordsToDigits } from "./number-words";

/** Numbers as a reader would compare them: commas dropped, so "33,000" matches "33000". */
export function extractNumbers(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, "").replace(/\.$/, ""));
}

/** Figures in digits and in words ("a quarter", "three", "one in 50"), normalised to digits. */
export function extractFigures(text: string): string[] {
  return extractNumbers(numberWordsToDigits(text));
}

/** Markdown syntax that is not prose: link targets, inline code, HTML, emphasis markers. */
function proseOnly(text: string): string {
  return text
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/`[^`]*`/g, "")
    .replace(/<[^>]+>/g, "");
}

export type TCitedClaim = { text: string; sourceIds: string[]; numbers: string[] };
export type TUncitedNumber = { text: string; numbers: string[] };

// Sentence ends: . ! ? followed by space and a capital, quote or bracket; "e.g." and "Mr." are not ends.
export const SENTENCE_END = /(?<=[.!?]["'”’)]?)(?<!\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St)\.)\s+(?=["'“‘(]?[A-Z])/;

/**
 * Splits a lesson body into cited claims (the text since the previous citation) and sentences that
 * contain a number (in digits or words) but no citation. Headings, callout fences and figure directives are not claims.
 */
export function findClaims(markdown: string): { claims: TCitedClaim[]; uncited: TUncitedNumber[] } {
  const claims: TCitedClaim[] = [];
  const uncited: TUncitedNumber[] = [];
  const blocks = markdown
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .map((block) =>
      block
        .split("\n")
        // Headings, callout fences and figure directives (::chart{id="..."}) are structure, not prose.
        .filter((line) => !/^\s*(#{1,6}\s|::)/.test(line))
        .join(" ")
        .trim(),
    )
    .filter(Boolean);

  for (const rawBlock of blocks) {
    // A list marker such as "1." is structure, not a figure.
    const block = proseOnly(rawBlock.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ""));
    let last = 0;
    for (const match of block.matchAll(CITATION_PATTERN)) {
      const segment = block.slice(last, match.index);
      last = (match.index ?? 0) + match[0].length;
      const sentences = segment.split(SENTENCE_END);
      const claim = sentences.pop() ?? "";
      for (const sentence of sentences) {
        const numbers = extractFigures(sentence);
        if (numbers.length) uncited.push({ text: sentence.trim(), numbers });
      }
      claims.push({
        text: claim.trim(),
        sourceIds: parseCitationIds(match[1] ?? ""),
        numbers: extractFigures(claim),
      });
    }
    for (const sentence of block.slice(last).split(SENTENCE_END)) {
      const numbers = extractFigures(sentence);
      if (numbers.length) uncited.push({ text: sentence.trim(), numbers });
    }
  }
  return { claims, uncited };
}

/** Numbers of a claim that appear in none of the given source texts (digits or words on either side). */
export function numbersMissingFromSources(numbers: string[], sourceTexts: string[]): string[] {
  const available = new Set(sourceTexts.flatMap(extractFigures));
  return numbers.filter((n) => !available.has(n));
}
