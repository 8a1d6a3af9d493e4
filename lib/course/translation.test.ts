import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "./load";
import { checkTranslation, type TRawTranslation } from "./translation";
import { loadTranslations, readEnglishText, readTranslation } from "./translation-load";
import type { TCourse } from "./types";

// A small English course and a Welsh translation of it, under __fixtures__ (never in content/: the repository ships
// no translation of the real course). Each test breaks one thing in a copy of the translation.
const FIXTURE = path.join(import.meta.dirname, "__fixtures__", "course");
const loaded = loadCourse(FIXTURE, null, new Date("2026-12-01"));
const course = loaded.course as TCourse;
const english = readEnglishText(FIXTURE, course);

type TQuizData = { id: string; draw?: number; questions: Record<string, unknown>[] };
type TEdit = {
  manifest?: (m: Record<string, unknown>) => void;
  course?: (c: Record<string, unknown>) => void;
  module?: (m: Record<string, unknown>) => void;
  quiz?: (q: TQuizData) => void;
  /** Lesson files by id: new text, or null to remove the file. */
  lessons?: Record<string, ((text: string) => string) | null>;
  raw?: (r: TRawTranslation) => void;
};

function translate(edit: TEdit = {}) {
  const raw = structuredClone(readTranslation(path.join(FIXTURE, "translations", "cy"), "cy"));
  const m = raw.modules[0]!;
  edit.manifest?.(raw.manifest.data as Record<string, unknown>);
  edit.course?.(raw.course.data as Record<string, unknown>);
  edit.module?.(m.module.data as Record<string, unknown>);
  edit.quiz?.(m.quiz.data as TQuizData);
  for (const [id, change] of Object.entries(edit.lessons ?? {})) {
    const i = m.lessons.findIndex((l) => l.file.endsWith(`/${id}.md`));
    if (change === null) m.lessons.splice(i, 1);
    else m.lessons[i]!.text = change(m.lessons[i]!.text);
  }
  edit.raw?.(raw);
  return checkTranslation(course, english, raw, ["cy"]);
}

const question = (q: TQuizData, id: string) => q.questions.find((x) => x.id === id) as Record<string, unknown>;
const options = (q: TQuizData, id: string) => question(q, id).options as Record<string, unknown>[];
const messages = (edit: TEdit) => translate(edit).errors.map((e) => e.message);

describe("a course translation", () => {
  it("the fixture English course is valid, and its Welsh translation matches it", () => {
    expect(loaded.errors).toEqual([]);
    const [cy] = loadTranslations(course, FIXTURE);
    expect(cy?.errors).toEqual([]);
    expect(cy?.outOfDate).toBeUndefined();
    expect(cy?.translation?.status).toBe("reviewed");
  });

  it("carries the translation's words and the English course's ids, order, answers and sources", () => {
    const welsh = translate().translation!.course;
    const lesson = welsh.modules[0]!.lessons[0]!;
    expect(lesson).toMatchObject({ id: "basics-scale", title: "Maint y broblem", sourceIds: ["police-figures"] });
    expect(lesson.html).toContain("Cofnododd yr heddlu");
    const q3 = welsh.modules[0]!.quiz.questions[2]!;
    expect(q3.options).toEqual([
      { id: "true", text: "Gwir", correct: false },
      { id: "false", text: "Gau", correct: true },
    ]);
    expect(welsh.modules[0]!.quiz.questions.map((q) => q.id)).toEqual(["basics-q1", "basics-q2", "basics-q3"]);
    expect(welsh.version).toBe(course.version);
    expect(welsh.modules[0]!.title).toBe("Y pethau sylfaenol");
  });

  describe("front matter", () => {
    it("a reviewed translation's readers read it after the English version it translates was published", () => {
      // Moving `translates` on to a newer version without a new review must not put unread words in front of learners.
      expect(
        messages({
          manifest: (m) => {
            (m.review as { safeguardingLead: { date: string } }).safeguardingLead.date = "2026-11-23";
          },
        }),
      ).toEqual([
        expect.stringMatching(
          /^review\.safeguardingLead is dated 2026-11-23, before version 2026\.11\.1 \(2026-11-24\)/,
        ),
      ]);
      expect(
        messages({
          manifest: (m) => {
            m.status = "draft";
            (m.review as { safeguardingLead: { date: string } }).safeguardingLead.date = "2026-11-23";
          },
        }),
      ).toEqual([]);
    });

    it("a reviewed translation names both readers: a fluent speaker and a designated safeguarding lead", () => {
      expect(messages({ manifest: (m) => delete m.review })).toEqual([expect.stringMatching(/^review: .*two readers/)]);
      expect(
        messages({ manifest: (m) => delete (m.review as Record<string, unknown>).safeguardingLead }).join(),
      ).toMatch(/safeguardingLead/);
      expect(messages({ manifest: (m) => delete (m.review as Record<string, unknown>).fluentSpeaker }).join()).toMatch(
        /fluentSpeaker/,
      );
      // A draft may wait for its readers.
      expect(messages({ manifest: (m) => ((m.status = "draft"), delete m.review) })).toEqual([]);
      expect(messages({ manifest: (m) => (m.status = "checked") }).join()).toMatch(/status/);
    });

    it("starts with translation.yaml", () => {
      expect(messages({ raw: (r) => (r.manifest.data = undefined) })).toEqual([
        "is missing or is not valid YAML: a translation's translation.yaml says what it translates and who reviewed it",
      ]);
    });

    it("names its language, as its folder does, and it is one the interface has", () => {
      expect(messages({ manifest: (m) => (m.locale = "ga") })).toEqual([
        'locale "ga" must equal its folder\'s name "cy"',
        'locale "ga" is not one of the interface\'s languages (cy, lib/i18n/locales.ts)',
      ]);
    });

    it("a translation of an older course version is reported as out of date, not failed, and is not served", () => {
      const old = translate({ manifest: (m) => (m.translates = "2026.11.0") });
      expect(old.errors).toEqual([]);
      expect(old.translation).toBeUndefined();
      expect(old.outOfDate).toMatchObject({
        translates: "2026.11.0",
        current: "2026.11.1",
        changedLessons: ["basics-tell"],
      });
      // What no longer matches is listed with it, for the translator.
      const drifted = translate({ manifest: (m) => (m.translates = "2026.11.0"), lessons: { "basics-tell": null } });
      expect(drifted.errors).toEqual([]);
      expect(drifted.outOfDate?.differences.map((d) => d.message)).toEqual([
        'lesson "basics-tell" is not translated: add lessons/basics-tell.md',
      ]);
    });

    it("a translation of a version the course does not have yet fails", () => {
      expect(messages({ manifest: (m) => (m.translates = "2026.12.0") })).toEqual([
        "translates version 2026.12.0, newer than the course's 2026.11.1 (content/course.yaml)",
      ]);
    });
  });

  describe("every lesson and quiz present, with the English ids", () => {
    it("fails a lesson left out, a lesson the English lacks, and a lesson with another id", () => {
      expect(messages({ lessons: { "basics-scale": null } })).toEqual([
        'lesson "basics-scale" is not translated: add lessons/basics-scale.md',
      ]);
      expect(
        messages({
          raw: (r) =>
            r.modules[0]!.lessons.push({ file: "x/lessons/basics-extra.md", text: "---\nid: basics-extra\n---\n" }),
        }),
      ).toEqual(['lesson "basics-extra" is not in the English module "basics": translate only what it has']);
      expect(
        messages({ lessons: { "basics-scale": (t) => t.replace("id: basics-scale", "id: basics-size") } }),
      ).toEqual(['id "basics-size" must be the English lesson\'s id "basics-scale"']);
    });

    it("fails a module left out, and a quiz or course with another id", () => {
      expect(messages({ raw: (r) => (r.modules = []) })).toEqual([
        'module "basics" is not translated: add module.yaml, quiz.yaml and lessons/',
      ]);
      expect(messages({ quiz: (q) => (q.id = "basics-cwis") })).toEqual([
        'id "basics-cwis" must be the English quiz\'s id "basics-quiz"',
      ]);
      expect(messages({ course: (c) => (c.id = "cwrs") })).toEqual([
        'id "cwrs" must be the English course\'s id "fixture-course"',
      ]);
    });

    it("fails a question left out, and one the English quiz does not ask", () => {
      expect(messages({ quiz: (q) => q.questions.splice(1, 1) })).toEqual(['question "basics-q2" is not translated']);
      expect(messages({ quiz: (q) => (question(q, "basics-q2").id = "basics-q9") })).toEqual([
        'question "basics-q2" is not translated',
        'question "basics-q9" is not in the English quiz: translate only what it asks, keeping its ids',
      ]);
    });

    it("keeps the English learning outcomes and content warnings, one for one", () => {
      expect(messages({ module: (m) => (m.learningOutcomes as string[]).pop() })).toEqual([
        "has 1 learning outcomes where the English has 2: translate each one, in the same order",
      ]);
      expect(messages({ module: (m) => (m.contentWarning = "Rhybudd.") })).toEqual([
        "has a contentWarning the English module does not",
      ]);
    });
  });

  describe("every question asks what the English asks", () => {
    it("fails another number of options", () => {
      expect(messages({ quiz: (q) => options(q, "basics-q1").pop() })).toEqual([
        'question "basics-q1" has 2 options, but the English question has 3',
      ]);
    });

    it("fails another right answer: single, multiple and true/false", () => {
      expect(
        messages({
          quiz: (q) => {
            const [a, b] = options(q, "basics-q1");
            delete a!.correct;
            b!.correct = true;
          },
        }),
      ).toEqual(['question "basics-q1" marks b as the right answer, but the English marks a']);
      expect(messages({ quiz: (q) => (options(q, "basics-q2")[2]!.correct = true) })).toEqual([
        'question "basics-q2" marks a, b, c as the right answer, but the English marks a, b',
      ]);
      expect(messages({ quiz: (q) => (question(q, "basics-q3").answer = true) })).toEqual([
        'question "basics-q3" marks true as the right answer, but the English marks false',
      ]);
    });

    it("fails a question without an explanation", () => {
      expect(messages({ quiz: (q) => (question(q, "basics-q2").explanation = " ") }).join()).toMatch(
        /questions\.1\.explanation: must not be empty/,
      );
      expect(messages({ quiz: (q) => delete question(q, "basics-q3").explanation }).join()).toMatch(
        /questions\.2\.explanation/,
      );
    });

    it("fails other options, another type, lesson, outcome or sources", () => {
      expect(messages({ quiz: (q) => (options(q, "basics-q2")[2]!.id = "d") })).toEqual([
        'question "basics-q2" has options a, b, d, but the English question has a, b, c',
      ]);
      expect(
        messages({
          quiz: (q) => {
            const q2 = question(q, "basics-q2");
            q2.type = "single";
            delete options(q, "basics-q2")[1]!.correct;
          },
        }),
      ).toEqual(['question "basics-q2" is a single question, but the English one is multiple']);
      expect(messages({ quiz: (q) => (question(q, "basics-q2").lesson = "basics-scale") })).toEqual([
        'question "basics-q2" names lesson "basics-scale", but the English names "basics-tell"',
      ]);
      expect(messages({ quiz: (q) => (question(q, "basics-q2").outcome = 1) })).toEqual([
        'question "basics-q2" tests outcome 1, but the English tests 2',
      ]);
      expect(messages({ quiz: (q) => delete question(q, "basics-q1").sources }).join()).toMatch(
        /question "basics-q1" lists sources none, but the English lists police-figures/,
      );
    });

    it("fails a figure the English question does not state, or its sources do not hold", () => {
      expect(
        messages({ quiz: (q) => (options(q, "basics-q1")[0]!.text = "38,865") }).filter((m) =>
          /option "a" states/.test(m),
        ),
      ).toEqual(['question "basics-q1" option "a" states 38865, which the English option "a" does not']);
      expect(
        messages({
          quiz: (q) => (question(q, "basics-q1").explanation = "Cofnododd yr heddlu 38,685 yn y flwyddyn hyd at 2023."),
        }),
      ).toEqual([
        'question "basics-q1" explanation states 2023, which the English explanation does not',
        'question "basics-q1" 2023 not found in its sources\' excerpts or facts (police-figures)',
      ]);
    });
  });

  describe("the same sources cited in the same places", () => {
    const scale = (edit: (t: string) => string) => messages({ lessons: { "basics-scale": edit } });

    it("fails a citation left out, another source, or a citation moved to another paragraph", () => {
      expect(scale((t) => t.replace(" [@police-figures]", ""))).toEqual([
        "paragraph 1 cites nothing, but the English paragraph cites [@police-figures]",
        '"Cofnododd yr heddlu yng Nghymru a Lloegr 38,685 o droseddau delweddau cam-drin p" contains 38685, 31, 2024 with no citation: the English gives it with one, or not at all',
      ]);
      expect(scale((t) => t.replace("[@police-figures]", "[@childline-phone]")).slice(0, 1)).toEqual([
        "paragraph 1 cites [@childline-phone], but the English paragraph cites [@police-figures]",
      ]);
      expect(
        scale((t) => t.replace(" [@police-figures].", ".").replace("hynny.", "hynny [@police-figures].")).slice(0, 2),
      ).toEqual([
        "paragraph 1 cites nothing, but the English paragraph cites [@police-figures]",
        "paragraph 2 cites [@police-figures], but the English paragraph cites nothing",
      ]);
    });

    it("fails a course or module field whose citations or figures differ from the English field", () => {
      expect(messages({ module: (m) => (m.summary = "Beth i'w wybod yn gyntaf am 38,685 o droseddau.") })).toEqual([
        'summary: "Beth i\'w wybod yn gyntaf am 38,685 o droseddau." contains 38685 with no citation: the English gives it with one, or not at all',
      ]);
      expect(
        messages({ course: (c) => (c.summary = "Cwrs bach [@childline-phone].") }).map((m) =>
          m.replace(/^summary: /, ""),
        ),
      ).toEqual(["paragraph 1 cites [@childline-phone], but the English paragraph cites nothing"]);
    });
  });

  describe("figures in a translated cited sentence are the English sentence's", () => {
    it("fails a figure changed in translation, even in a sentence that keeps its citation", () => {
      expect(messages({ lessons: { "basics-scale": (t) => t.replace("38,685", "38,865") } })).toEqual([
        expect.stringMatching(/states 38865, which the English sentence \("Police in England and Wales recorded/),
        expect.stringMatching(/: 38865 not found in the cited source's excerpts or facts \(police-figures\)$/),
      ]);
      expect(
        messages({ lessons: { "basics-scale": (t) => t.replace("31 Mawrth 2024", "31 Mawrth 2023") } })[0],
      ).toMatch(/states 2023, which the English sentence/);
    });

    it("fails a figure added without a citation", () => {
      expect(
        messages({ lessons: { "basics-scale": (t) => t.replace("go iawn", "go iawn, 1 o bob 4") } }).join(),
      ).toMatch(/contains 1, 4 with no citation/);
    });
  });

  describe("charts and diagrams placed as the English places them", () => {
    const tell = (edit: (t: string) => string) => messages({ lessons: { "basics-tell": edit } });
    it("fails a diagram left out, another figure, or a mistyped directive", () => {
      expect(tell((t) => t.replace('::diagram{id="who-to-tell"}\n', ""))).toEqual([
        'places no figure, but the English places ::diagram{id="who-to-tell"}: place the same charts and diagrams in the same order',
      ]);
      expect(tell((t) => t.replace("::diagram", "::chart"))).toEqual([
        'places chart "who-to-tell", but the English places ::diagram{id="who-to-tell"}: place the same charts and diagrams in the same order',
      ]);
      expect(tell((t) => t.replace('id="who-to-tell"', "id=who-to-tell"))).toEqual([
        '"::diagram{id=who-to-tell}" is not a figure directive like ::chart{id="..."}',
        'places no figure, but the English places ::diagram{id="who-to-tell"}: place the same charts and diagrams in the same order',
      ]);
    });
  });
});
