import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { TReviewDue } from "./review";
import type { TContentError, TCourse } from "./types";
import { buildCourse, type TRawContent } from "./validate";

export const CONTENT_DIR = path.join(process.cwd(), "content");
export const SEEDS_DIR = path.join(process.cwd(), "..", "shared", "seeds");

function readYaml(file: string, errors: TContentError[]): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    errors.push({ file, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

function readSeeds(seedsDir: string): Record<string, string> | undefined {
  if (!fs.existsSync(seedsDir)) return undefined;
  return Object.fromEntries(
    fs
      .readdirSync(seedsDir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => [f, fs.readFileSync(path.join(seedsDir, f), "utf8")]),
  );
}

/**
 * Reads and validates the whole course from disk. Every problem is reported (not just the first),
 * with the file it is in. Cited numbers are checked against the excerpts and facts in sources.yaml;
 * when the seed articles are available, the excerpts are also checked against them.
 */
export function loadCourse(
  contentDir = CONTENT_DIR,
  seedsDir: string | null = SEEDS_DIR,
  today?: Date,
): { course?: TCourse; errors: TContentError[]; seedsChecked: boolean; reviewDue: TReviewDue[] } {
  const errors: TContentError[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file);
  const modulesDir = path.join(contentDir, "modules");
  const changelogFile = path.join(contentDir, "changelog.yaml");
  const figuresFile = path.join(contentDir, "figures.yaml");
  if (!fs.existsSync(changelogFile))
    errors.push({
      file: rel(changelogFile),
      message: "is missing: every content version needs an entry saying what changed, by lesson, and why",
    });
  const moduleDirs = fs.existsSync(modulesDir)
    ? fs
        .readdirSync(modulesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];

  const raw: TRawContent = {
    course: {
      file: rel(path.join(contentDir, "course.yaml")),
      data: readYaml(path.join(contentDir, "course.yaml"), errors),
    },
    sources: {
      file: rel(path.join(contentDir, "sources.yaml")),
      data: readYaml(path.join(contentDir, "sources.yaml"), errors),
    },
    changelog: { file: rel(changelogFile), data: fs.existsSync(changelogFile) ? readYaml(changelogFile, errors) : [] },
    figures: { file: rel(figuresFile), data: fs.existsSync(figuresFile) ? readYaml(figuresFile, errors) : undefined },
    modules: moduleDirs.map((dir) => {
      const base = path.join(modulesDir, dir);
      const lessonsDir = path.join(base, "lessons");
      const lessonFiles = fs.existsSync(lessonsDir)
        ? fs
            .readdirSync(lessonsDir)
            .filter((f) => f.endsWith(".md"))
            .sort()
        : [];
      return {
        dir,
        module: { file: rel(path.join(base, "module.yaml")), data: readYaml(path.join(base, "module.yaml"), errors) },
        quiz: { file: rel(path.join(base, "quiz.yaml")), data: readYaml(path.join(base, "quiz.yaml"), errors) },
        lessons: lessonFiles.map((f) => ({
          file: rel(path.join(lessonsDir, f)),
          text: fs.readFileSync(path.join(lessonsDir, f), "utf8"),
        })),
      };
    }),
    seedTexts: seedsDir ? readSeeds(seedsDir) : undefined,
    today,
  };
  const result = buildCourse(raw);
  return { ...result, errors: [...errors, ...result.errors], seedsChecked: raw.seedTexts !== undefined };
}
