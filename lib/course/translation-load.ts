import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { LOCALES } from "../i18n/locales";
import { CONTENT_DIR } from "./load";
import { checkTranslation, type TEnglishText, type TRawTranslation, type TTranslationCheck } from "./translation";
import type { TCourse } from "./types";

const rel = (file: string) => path.relative(process.cwd(), file);
const subfolders = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];

/** A YAML file's data; a file that is missing or does not parse reads as undefined and fails its schema. */
function readYaml(file: string): unknown {
  try {
    return fs.existsSync(file) ? YAML.parse(fs.readFileSync(file, "utf8")) : undefined;
  } catch {
    return undefined;
  }
}

type TFields = TEnglishText["course"];
const fieldsOf = (data: unknown): TFields => {
  const d = (data ?? {}) as Partial<TFields>;
  return {
    title: d.title ?? "",
    summary: d.summary ?? "",
    contentWarning: d.contentWarning,
    learningOutcomes: d.learningOutcomes ?? [],
  };
};

/** The English course.yaml and module.yaml words as written, citations and all (the loaded course has them rendered). */
export function readEnglishText(contentDir: string, course: TCourse): TEnglishText {
  return {
    course: fieldsOf(readYaml(path.join(contentDir, "course.yaml"))),
    modules: Object.fromEntries(
      course.modules.map((m) => [m.id, fieldsOf(readYaml(path.join(contentDir, "modules", m.id, "module.yaml")))]),
    ),
  };
}

/** The files of content/translations/<locale>/, laid out as the English course's are. */
export function readTranslation(dir: string, locale: string): TRawTranslation {
  const modulesDir = path.join(dir, "modules");
  return {
    locale,
    manifest: { file: rel(path.join(dir, "translation.yaml")), data: readYaml(path.join(dir, "translation.yaml")) },
    course: { file: rel(path.join(dir, "course.yaml")), data: readYaml(path.join(dir, "course.yaml")) },
    modules: subfolders(modulesDir).map((id) => {
      const base = path.join(modulesDir, id);
      const lessonsDir = path.join(base, "lessons");
      const lessons = fs.existsSync(lessonsDir) ? fs.readdirSync(lessonsDir).filter((f) => f.endsWith(".md")) : [];
      return {
        dir: id,
        module: { file: rel(path.join(base, "module.yaml")), data: readYaml(path.join(base, "module.yaml")) },
        quiz: { file: rel(path.join(base, "quiz.yaml")), data: readYaml(path.join(base, "quiz.yaml")) },
        lessons: lessons.sort().map((f) => ({
          file: rel(path.join(lessonsDir, f)),
          text: fs.readFileSync(path.join(lessonsDir, f), "utf8"),
        })),
      };
    }),
  };
}

/**
 * Every translation in <contentDir>/translations/, each checked against the English course loaded from contentDir.
 * None today: the repository ships no translation (see content/README.md, "Translations").
 */
export function loadTranslations(course: TCourse, contentDir = CONTENT_DIR): TTranslationCheck[] {
  const root = path.join(contentDir, "translations");
  const english = readEnglishText(contentDir, course);
  const languages = LOCALES.filter((l) => l !== "en-GB");
  return subfolders(root).map((locale) =>
    checkTranslation(course, english, readTranslation(path.join(root, locale), locale), languages),
  );
}
