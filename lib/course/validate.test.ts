import { describe, expect, it } from "vitest";
import { findClaims } from "./citations";
import { loadCourse } from "./load";
import { buildCourse, type TRawContent } from "./validate";

const seed = "Police recorded 38,685 offences in 2023-24, and Snapchat was 44% of them.";

function content(overrides: { lesson?: string; quiz?: unknown; module?: Record<string, unknown>; changelog?: unknown } = {}): TRawContent {
  return {
    course: { file: "course.yaml", data: {
      id: "c", title: "Course", version: "2026.11.0", summary: "S", estimatedMinutes: 10, statisticsReviewed: "2026-11-22",
      contentWarning: "W", learningOutcomes: ["O"], modules: ["m"],
    } },
    sources: { file: "sources.yaml", data: [
      { id: "a", kind: "article", seed: "000.txt", publisher: "P", title: "T", label: "P, 2024" },
    ] },
    changelog: { file: "changelog.yaml", data: overrides.changelog ?? [{ version: "2026.11.0", date: "2026-11-22", summary: "First." }] },
    modules: [{
      dir: "m",
      module: { file: "m/module.yaml", data: { id: "m", title: "M", summary: "S", estimatedMinutes: 10, learningOutcomes: ["O"], lessons: ["l"], ...overrides.module } },
      quiz: { file: "m/quiz.yaml", data: overrides.quiz ?? { id: "m-quiz", questions: [
        { id: "q1", type: "single", prompt: "P?", explanation: "E", options: [{ id: "a", text: "A", correct: true }, { id: "b", text: "B" }] },
        { id: "q2", type: "truefalse", prompt: "P?", explanation: "E", answer: true },
      ] } },
      lessons: [{ file: "m/lessons/l.md", text: `---\nid: l\ntitle: L\nestimatedMinutes: 3\n---\n${overrides.lesson ?? "Police recorded 38,685 offences [@a]."}\n` }],
    }],
    seedTexts: { "000.txt": seed },
  };
}

const messages = (raw: TRawContent) => buildCourse(raw).errors.map((e) => e.message).join("\n");

describe("the real course in content/", () => {
  it("passes validation, with every cited number found in its source", () => {
    const { course, errors, seedsChecked } = loadCourse();
    expect(errors).toEqual([]);
    expect(seedsChecked).toBe(true);
    expect(course?.modules.length).toBeGreaterThanOrEqual(2);
  });
});

describe("buildCourse", () => {
  it("accepts valid content, applies the default pass mark and renders citations beside the fact", () => {
    const { course, errors } = buildCourse(content());
    expect(errors).toEqual([]);
    expect(course?.modules[0]?.passMark).toBe(80);
    expect(course?.modules[0]?.lessons[0]?.html).toContain('<a class="citation" href="#source-a"');
    expect(course?.modules[0]?.quiz.questions[1]?.options).toEqual([
      { id: "true", text: "True", correct: true }, { id: "false", text: "False", correct: false },
    ]);
  });

  it("fails a cited number that is not in the cited article", () => {
    expect(messages(content({ lesson: "Police recorded 38,686 offences [@a]." }))).toMatch(/38686 not found in the cited source/);
  });

  it("fails a number with no citation", () => {
    expect(messages(content({ lesson: "Police recorded 38,685 offences." }))).toMatch(/no citation/);
  });

  it("fails a citation of an unknown source", () => {
    expect(messages(content({ lesson: "Something happened [@nope]." }))).toMatch(/unknown source "nope"/);
  });

  it("fails a single-choice question without exactly one correct option", () => {
    const quiz = { id: "m-quiz", questions: [{ id: "q1", type: "single", prompt: "P", explanation: "E", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] }] };
    expect(messages(content({ quiz }))).toMatch(/exactly one correct option \(has 0\)/);
  });

  it("fails a question without an explanation, and a pass mark out of range", () => {
    const quiz = { id: "m-quiz", questions: [{ id: "q1", type: "truefalse", prompt: "P", answer: true }] };
    const text = messages(content({ quiz, module: { passMark: 120 } }));
    expect(text).toMatch(/explanation/);
    expect(text).toMatch(/passMark/);
  });

  it("fails duplicate ids anywhere in the course", () => {
    const quiz = { id: "m-quiz", questions: [
      { id: "l", type: "truefalse", prompt: "P", explanation: "E", answer: true },
    ] };
    expect(messages(content({ quiz }))).toMatch(/id "l" is already used/);
  });

  it("fails a lesson listed in module.yaml with no file", () => {
    expect(messages(content({ module: { lessons: ["l", "missing"] } }))).toMatch(/lesson "missing" has no file/);
  });
});

describe("findClaims", () => {
  it("does not end a sentence at an abbreviation", () => {
    const { claims, uncited } = findClaims("Apps, e.g. Snapchat, were used in 44% of offences [@a].");
    expect(uncited).toEqual([]);
    expect(claims[0]?.numbers).toEqual(["44"]);
  });

  it("still checks lessons when the module's quiz is broken", () => {
    const raw = content({ lesson: "Police recorded 99 offences [@a].", quiz: { id: "m-quiz", questions: "not a list" } });
    expect(messages(raw)).toMatch(/99 not found/);
  });

  it("ties each citation to the sentence before it and finds numbers left uncited", () => {
    const { claims, uncited } = findClaims("In 2023 there were 10 cases [@a]. Then 20 more. Later 30 [@b].\n\n## Heading 2024\n");
    expect(claims.map((c) => [c.numbers, c.sourceIds])).toEqual([[["2023", "10"], ["a"]], [["30"], ["b"]]]);
    expect(uncited.map((u) => u.numbers)).toEqual([["20"]]);
  });
});
