/**
 * A scenario shows its situation (the first paragraph) and folds what to do until the learner asks (lib/course/markdown).
 * So the visible part must end with a question: a situation that ends on a myth ("it's only pictures") would otherwise
 * leave anyone who does not open the answer with the myth unchallenged (a DSL's review of the reveal). Pure.
 */
export function scenarioProblems(markdown: string): { message: string }[] {
  const problems: { message: string }[] = [];
  for (const match of markdown.matchAll(/^:::scenario[ \t]*\n([\s\S]*?)\n:::[ \t]*$/gm)) {
    const paragraphs = match[1]!
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length < 2) continue; // nothing folded: the whole scenario is in view
    const situation = paragraphs[0]!;
    if (!/\?["”'’)]*$/.test(situation))
      problems.push({
        message: `scenario "${situation.slice(0, 60)}…": end its first paragraph with the question the learner answers (e.g. "What do you do?"), since what follows is folded`,
      });
  }
  return problems;
}
