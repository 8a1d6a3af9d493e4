// One-off helper for maintainers: quotes, for each seed article cited beside a figure, the article's
// paragraphs (one a line in the seed files) that hold those figures, and writes them as `excerpts:` in
// content/sources.yaml. Needs ../shared/seeds/. Review the output by eye: excerpts must stay short passages.
// Usage: npx tsx scripts/generate-seed-excerpts.ts [--write]
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import YAML from "yaml";
import { extractFigures, findClaims } from "../lib/course/citations";
import { CONTENT_DIR, SEEDS_DIR } from "../lib/course/load";

type TArticle = { id: string; kind: string; seed?: string; excerpts?: string[] };
const sourcesFile = path.join(CONTENT_DIR, "sources.yaml");
const sources = YAML.parse(fs.readFileSync(sourcesFile, "utf8")) as TArticle[];
const articles = new Map(sources.filter((s) => s.kind === "article").map((s) => [s.id, s]));

const figuresBySource = new Map<string, Set<string>>();
const note = (ids: string[], figures: string[]) => {
  for (const id of ids)
    if (articles.has(id))
      figures.forEach((f) => figuresBySource.set(id, (figuresBySource.get(id) ?? new Set()).add(f)));
};
const texts: string[] = [];
const modulesDir = path.join(CONTENT_DIR, "modules");
for (const dir of fs.readdirSync(modulesDir)) {
  const lessonsDir = path.join(modulesDir, dir, "lessons");
  for (const f of fs.readdirSync(lessonsDir))
    texts.push(matter(fs.readFileSync(path.join(lessonsDir, f), "utf8")).content);
  const mod = YAML.parse(fs.readFileSync(path.join(modulesDir, dir, "module.yaml"), "utf8")) as Record<string, unknown>;
  texts.push(
    ...[mod.summary, mod.contentWarning, ...((mod.learningOutcomes as string[]) ?? [])].filter(
      (t): t is string => typeof t === "string",
    ),
  );
  const quiz = YAML.parse(fs.readFileSync(path.join(modulesDir, dir, "quiz.yaml"), "utf8")) as {
    questions: { prompt: string; explanation: string; options?: { text: string }[]; sources?: string[] }[];
  };
  for (const q of quiz.questions)
    note(
      q.sources ?? [],
      extractFigures([q.prompt, q.explanation, ...(q.options ?? []).map((o) => o.text)].join("\n")),
    );
}
for (const text of texts) for (const claim of findClaims(text).claims) note(claim.sourceIds, claim.numbers);

let yamlText = fs.readFileSync(sourcesFile, "utf8");
for (const [id, figures] of figuresBySource) {
  const article = articles.get(id);
  if (!article?.seed) continue;
  const lines = fs
    .readFileSync(path.join(SEEDS_DIR, article.seed), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const chosen = lines.filter((line) => extractFigures(line).some((f) => figures.has(f)));
  console.log(`\n# ${id} (${[...figures].join(", ")})`);
  chosen.forEach((l) => console.log(`  - ${l}`));
  if (article.excerpts) continue;
  const block = `  excerpts:\n${chosen.map((l) => `    - ${JSON.stringify(l)}`).join("\n")}\n`;
  yamlText = yamlText.replace(new RegExp(`(- id: ${id}\\n(?:  .*\\n)*?  label: .*\\n)`), `$1${block}`);
}
if (process.argv.includes("--write")) fs.writeFileSync(sourcesFile, yamlText);
