/**
 * Acronyms in a lesson: spelled out once, at first use ("designated safeguarding lead (DSL)"), and the
 * short form after. A learner may open any lesson first, so the rule is per lesson, not per course.
 */

/** Acronyms a member of staff may not know; each lesson that uses one must spell it out first. */
export const ACRONYMS_TO_SPELL_OUT = ["CEOP", "DSL", "DSP", "IWF", "LADO", "NCA", "UKCIS"] as const;

/** Prose a learner reads: no headings (they name what follows), citations, link targets or code. */
function readableText(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join("\n")
    .replace(/\[@[^\]]*\]/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/`[^`]*`/g, "");
}

/** Acronyms the course spells out somewhere ("... (PSNI)"), besides the fixed list: they follow the same rule. */
export function acronymsDefinedIn(texts: string[]): string[] {
  const found = new Set<string>(ACRONYMS_TO_SPELL_OUT);
  for (const text of texts)
    for (const m of readableText(text).matchAll(/\w\s+\(([A-Z]{2,6})\)/g)) found.add(m[1] ?? "");
  return [...found].filter(Boolean).sort();
}

export type TAcronymProblem = { acronym: string; message: string };

export function acronymProblems(markdown: string, acronyms: readonly string[]): TAcronymProblem[] {
  const text = readableText(markdown);
  const problems: TAcronymProblem[] = [];
  for (const acronym of acronyms) {
    const uses = [...text.matchAll(new RegExp(`\\b${acronym}\\b`, "g"))];
    if (!uses.length) continue;
    // A definition is the acronym in brackets straight after words: "local authority designated officer (LADO)".
    const isDefinition = (index: number) =>
      /\w\s+\($/.test(text.slice(Math.max(0, index - 3), index)) && text[index + acronym.length] === ")";
    const definitions = uses.filter((u) => isDefinition(u.index ?? 0)).length;
    if (!isDefinition(uses[0]?.index ?? 0))
      problems.push({
        acronym,
        message: `${acronym} is used before it is spelled out: write it in full at its first use, followed by (${acronym})`,
      });
    if (definitions > 1)
      problems.push({
        acronym,
        message: `(${acronym}) is spelled out ${definitions} times: spell it out once, at its first use, and write ${acronym} after`,
      });
  }
  return problems;
}
