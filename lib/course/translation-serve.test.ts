import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "./load";
import { figureProblems } from "./translation-compare";
import { loadTranslations } from "./translation-load";
import { chooseCourseContent, servedQuestions } from "./translation-serve";
import type { TCourse } from "./types";

// The served-translation path, proved with the fixture course and its Welsh translation (lib/course/__fixtures__):
// the repository's own content/ ships no translation, so a Welsh reader of the real course always gets the English.
const FIXTURE = path.join(import.meta.dirname, "__fixtures__", "course");
const course = loadCourse(FIXTURE, null, new Date("2026-12-01")).course as TCourse;
const welshTranslation = loadTranslations(course, FIXTURE)[0]!.translation!;

describe("which words a reader is given", () => {
  it("serves a reviewed translation of the current version to a reader of its language, marked with its language", () => {
    const served = chooseCourseContent(course, [welshTranslation], "cy");
    expect(served).toMatchObject({ lang: "cy", untranslated: false });
    const lesson = served.course.modules[0]!.lessons[1]!;
    expect(lesson.title).toBe("Wrth bwy i ddweud");
    expect(lesson.html).toContain("Gall plentyn ffonio Childline am ddim");
    expect(served.course.modules[0]!.quiz.questions[0]!.prompt).toMatch(/^Faint o droseddau/);
  });

  it("gives the English, marked as English and as untranslated, for a draft", () => {
    const served = chooseCourseContent(course, [{ ...welshTranslation, status: "draft" }], "cy");
    expect(served).toEqual({ course, lang: "en-GB", untranslated: true });
  });

  it("gives the English for a translation of another course version, even a reviewed one", () => {
    expect(chooseCourseContent(course, [{ ...welshTranslation, translates: "2026.11.0" }], "cy")).toEqual({
      course,
      lang: "en-GB",
      untranslated: true,
    });
  });

  it("gives the English when there is no translation into the reader's language", () => {
    expect(chooseCourseContent(course, [], "cy")).toEqual({ course, lang: "en-GB", untranslated: true });
  });

  it("gives an English reader the English, with no notice", () => {
    expect(chooseCourseContent(course, [welshTranslation], "en-GB")).toEqual({
      course,
      lang: "en-GB",
      untranslated: false,
    });
  });
});

describe("a quiz form's questions", () => {
  // As the English form draws and shuffles them (lib/quiz/public-quiz.ts): the order and shuffle stay, the words change.
  const drawn = [
    {
      id: "basics-q3",
      type: "truefalse" as const,
      prompt: "You should wait",
      options: [
        { id: "true", text: "True" },
        { id: "false", text: "False" },
      ],
    },
    {
      id: "basics-q1",
      type: "single" as const,
      prompt: "How many",
      options: [
        { id: "c", text: "About a hundred" },
        { id: "a", text: "38,685" },
      ],
    },
  ];

  it("are shown in the served translation's words, in the English form's order", () => {
    const welsh = servedQuestions(drawn, chooseCourseContent(course, [welshTranslation], "cy"), "basics");
    expect(welsh.map((q) => q.id)).toEqual(["basics-q3", "basics-q1"]);
    expect(welsh[0]).toMatchObject({
      prompt: "Dylech aros tan y bore i ddweud wrth eich DSL.",
      options: [
        { id: "true", text: "Gwir" },
        { id: "false", text: "Gau" },
      ],
    });
    expect(welsh[1]!.options).toEqual([
      { id: "c", text: "Tua chant" },
      { id: "a", text: "38,685" },
    ]);
  });

  it("stay in English when the English is served", () => {
    expect(servedQuestions(drawn, chooseCourseContent(course, [], "cy"), "basics")).toEqual(drawn);
  });
});

describe("a translated cited sentence's figures", () => {
  it("are checked against the cited source, as the English sentence's are", () => {
    const en = "Police recorded 38,685 offences [@x].";
    const cy = "Cofnododd yr heddlu 38,685 o droseddau [@x].";
    expect(figureProblems(en, cy, () => ["Police recorded 38,685 offences."])).toEqual([]);
    expect(figureProblems(en, cy, () => ["Police recorded many offences."])).toEqual([
      '"Cofnododd yr heddlu 38,685 o droseddau": 38685 not found in the cited source\'s excerpts or facts (x)',
    ]);
  });
});
