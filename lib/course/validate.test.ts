import { describe, expect, it } from "vitest";
import { findClaims } from "./citations";
import fs from "node:fs";
import { loadCourse, SEEDS_DIR } from "./load";
import { buildCourse, type TRawContent } from "./validate";

const seed =
  "Police in England and Wales recorded 38,685 offences in 2023-24, and Snapchat was 44% of them. Kent saw three a day.";

type TOverrides = {
  lesson?: string;
  quiz?: unknown;
  module?: Record<string, unknown>;
  course?: Record<string, unknown>;
  excerpts?: string[];
  seeds?: boolean;
  today?: Date;
  changelog?: unknown;
};

function content(overrides: TOverrides = {}): TRawContent {
  return {
    course: {
      file: "course.yaml",
      data: {
        id: "c",
        title: "Course",
        version: "2026.11.0",
        summary: "S",
        estimatedMinutes: 10,
        statisticsReviewed: "2026-11-22",
        contentWarning: "W",
        learningOutcomes: ["O"],
        modules: ["m"],
        ...overrides.course,
      },
    },
    sources: {
      file: "sources.yaml",
      data: [
        {
          id: "a",
          kind: "article",
          seed: "000.txt",
          publisher: "P",
          title: "T",
          label: "P, undated",
          excerpts: overrides.excerpts ?? [seed],
        },
      ],
    },
    changelog: {
      file: "changelog.yaml",
      data: overrides.changelog ?? [{ version: "2026.11.0", date: "2026-11-22", summary: "First." }],
    },
    modules: [
      {
        dir: "m",
        module: {
          file: "m/module.yaml",
          data: {
            id: "m",
            title: "M",
            summary: "S",
            estimatedMinutes: 10,
            learningOutcomes: ["O"],
            lessons: ["l"],
            ...overrides.module,
          },
        },
        quiz: {
          file: "m/quiz.yaml",
          data: overrides.quiz ?? {
            id: "m-quiz",
            questions: [
              {
                id: "q1",
                type: "single",
                lesson: "l",
                outcome: 1,
                prompt: "P?",
                explanation: "E",
                options: [
                  { id: "a", text: "A", correct: true },
                  { id: "b", text: "B" },
                ],
              },
              { id: "q2", type: "truefalse", lesson: "l", outcome: 1, prompt: "P?", explanation: "E", answer: true },
            ],
          },
        },
        lessons: [
          {
            file: "m/lessons/l.md",
            text: `---\nid: l\ntitle: L\nestimatedMinutes: 3\n---\n${overrides.lesson ?? "Police recorded 38,685 offences [@a]."}\n`,
          },
        ],
      },
    ],
    seedTexts: overrides.seeds === false ? undefined : { "000.txt": seed },
    today: overrides.today ?? new Date("2026-11-24T12:00:00Z"),
  };
}

const messages = (raw: TRawContent) =>
  buildCourse(raw)
    .errors.map((e) => e.message)
    .join("\n");

describe("the real course in content/", () => {
  it("passes validation, with every cited number found in its source's excerpts or facts", () => {
    const { course, errors, seedsChecked } = loadCourse();
    expect(errors).toEqual([]);
    // Excerpts are compared with the full articles only where ../shared/seeds/ is present.
    expect(seedsChecked).toBe(fs.existsSync(SEEDS_DIR));
    expect(course?.modules.length).toBeGreaterThanOrEqual(2);
  });

  it("passes on a fresh clone without ../shared/seeds: every figure is checked against the excerpts in content/", () => {
    expect(loadCourse(undefined, null).errors).toEqual([]);
  });
});

describe("buildCourse", () => {
  it("accepts valid content, applies the default pass mark and renders citations beside the fact", () => {
    const { course, errors } = buildCourse(content());
    expect(errors).toEqual([]);
    expect(course?.modules[0]?.passMark).toBe(80);
    expect(course?.modules[0]?.lessons[0]?.html).toContain(
      '<sup class="footnote-ref"><a id="cite-a-1" href="#source-a" aria-label="Source 1"',
    );
    expect(course?.modules[0]?.quiz.questions[1]?.options).toEqual([
      { id: "true", text: "True", correct: true },
      { id: "false", text: "False", correct: false },
    ]);
  });

  it("keeps a module's content warning to one line and the course's to one short screen", () => {
    const line = "This module is about children being blackmailed with images. Take a break if you need one.";
    expect(buildCourse(content({ module: { contentWarning: line } })).errors).toEqual([]);
    expect(messages(content({ module: { contentWarning: `${line} ${line}` } }))).toMatch(
      /contentWarning: a module's reminder must be at most 160 characters \(this one has 181\)/,
    );
    expect(messages(content({ module: { contentWarning: "One line.\nAnother line." } }))).toMatch(
      /a module's reminder must be a single paragraph/,
    );
    expect(messages(content({ course: { contentWarning: "Take a break. ".repeat(30) } }))).toMatch(
      /contentWarning: the course's warning must be at most 400 characters/,
    );
  });

  it("fails a cited number that is not in the cited article", () => {
    expect(messages(content({ lesson: "Police recorded 38,686 offences [@a]." }))).toMatch(
      /38686 not found in the cited source/,
    );
  });

  it("fails a number with no citation", () => {
    expect(messages(content({ lesson: "Police recorded 38,685 offences." }))).toMatch(/no citation/);
  });

  it("fails a citation of an unknown source", () => {
    expect(messages(content({ lesson: "Something happened [@nope]." }))).toMatch(/unknown source "nope"/);
  });

  it("fails a single-choice question without exactly one correct option", () => {
    const quiz = {
      id: "m-quiz",
      questions: [
        {
          id: "q1",
          type: "single",
          lesson: "l",
          outcome: 1,
          prompt: "P",
          explanation: "E",
          options: [
            { id: "a", text: "A" },
            { id: "b", text: "B" },
          ],
        },
      ],
    };
    expect(messages(content({ quiz }))).toMatch(/exactly one correct option \(has 0\)/);
  });

  it("fails a question without an explanation, and a pass mark out of range", () => {
    const quiz = {
      id: "m-quiz",
      questions: [{ id: "q1", type: "truefalse", lesson: "l", outcome: 1, prompt: "P", answer: true }],
    };
    const text = messages(content({ quiz, module: { passMark: 120 } }));
    expect(text).toMatch(/explanation/);
    expect(text).toMatch(/passMark/);
  });

  it("fails duplicate ids anywhere in the course", () => {
    const quiz = {
      id: "m-quiz",
      questions: [{ id: "l", type: "truefalse", lesson: "l", outcome: 1, prompt: "P", explanation: "E", answer: true }],
    };
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
    const raw = content({
      lesson: "Police recorded 99 offences [@a].",
      quiz: { id: "m-quiz", questions: "not a list" },
    });
    expect(messages(raw)).toMatch(/99 not found/);
  });

  it("ties each citation to the sentence before it and finds numbers left uncited", () => {
    const { claims, uncited } = findClaims(
      "In 2023 there were 10 cases [@a]. Then 20 more. Later 30 [@b].\n\n## Heading 2024\n",
    );
    expect(claims.map((c) => [c.numbers, c.sourceIds])).toEqual([
      [["2023", "10"], ["a"]],
      [["30"], ["b"]],
    ]);
    expect(uncited.map((u) => u.numbers)).toEqual([["20"]]);
  });
});

describe("course.yaml and module.yaml text", () => {
  it("fails an uncited figure and a cited figure the source does not hold", () => {
    expect(messages(content({ module: { summary: "Police recorded 38,685 offences." } }))).toMatch(
      /summary: .*38685 but no citation/,
    );
    expect(messages(content({ course: { learningOutcomes: ["Know that 99 offences were recorded [@a]."] } }))).toMatch(
      /99 not found/,
    );
  });

  it("accepts a cited figure and shows the source's label instead of the citation markup", () => {
    const { course, errors } = buildCourse(content({ module: { summary: "Police recorded 38,685 offences [@a]." } }));
    expect(errors).toEqual([]);
    expect(course?.modules[0]?.summary).toBe("Police recorded 38,685 offences (P, undated).");
  });
});

describe("numbers written in words", () => {
  it("checks a quarter, three a day and one in 50 like digits, against digits or words in the source", () => {
    expect(messages(content({ lesson: "Kent saw three a day [@a]." }))).toBe("");
    expect(messages(content({ lesson: "Kent saw four a day [@a]." }))).toMatch(/4 not found/);
    expect(messages(content({ lesson: "A quarter of offences were on Snapchat [@a]." }))).toMatch(/0\.25 not found/);
    expect(messages(content({ lesson: "One in 50 children did so [@a]." }))).toMatch(/1, 50 not found/);
    expect(messages(content({ lesson: "There were two reasons for this [@a]." }))).toBe("");
  });

  it("fails a figure in words that has no citation, in a lesson, a module's text and a quiz without sources", () => {
    expect(messages(content({ lesson: "Kent saw three a day." }))).toMatch(
      /"Kent saw three a day\." contains 3 but no citation/,
    );
    expect(messages(content({ module: { summary: "A quarter of offences were on Snapchat." } }))).toMatch(
      /summary: .*0\.25 but no citation/,
    );
    const quiz = {
      id: "m-quiz",
      questions: [
        {
          id: "q1",
          type: "truefalse",
          lesson: "l",
          outcome: 1,
          prompt: "Is it one in fifty?",
          explanation: "E",
          answer: true,
        },
      ],
    };
    expect(messages(content({ quiz }))).toMatch(/question "q1" contains 1, 50 but lists no sources/);
  });
});

describe("acronyms", () => {
  it("fails a lesson that uses an acronym before spelling it out, or spells it out twice", () => {
    expect(messages(content({ lesson: "Tell your designated safeguarding lead (DSL). Then the DSL decides." }))).toBe(
      "",
    );
    expect(messages(content({ lesson: "Tell your DSL. Your designated safeguarding lead (DSL) decides." }))).toMatch(
      /DSL is used before it is spelled out/,
    );
    expect(
      messages(
        content({
          lesson: "Tell your designated safeguarding lead (DSL).\n\nAsk your designated safeguarding lead (DSL).",
        }),
      ),
    ).toMatch(/\(DSL\) is spelled out 2 times/);
  });
});

describe("a figure's year and place", () => {
  it("fails when the year or place beside the figure is not in the passage that holds it", () => {
    expect(messages(content({ lesson: "Police in England and Wales recorded 38,685 offences in 2023-24 [@a]." }))).toBe(
      "",
    );
    expect(messages(content({ lesson: "Police recorded 38,685 offences in 2024/25 [@a]." }))).toMatch(
      /2024-25 is not stated/,
    );
    expect(messages(content({ lesson: "Police in Scotland recorded 38,685 offences [@a]." }))).toMatch(
      /Scotland is not stated/,
    );
  });
});

describe("source excerpts", () => {
  it("checks figures against the excerpts, even without the seed articles", () => {
    const excerpts = ["Snapchat was 44% of them."];
    expect(messages(content({ excerpts, seeds: false, lesson: "Police recorded 38,685 offences [@a]." }))).toMatch(
      /38685 not found/,
    );
    expect(messages(content({ excerpts, seeds: false, lesson: "Snapchat was 44% of them [@a]." }))).toBe("");
  });

  it("fails an article without excerpts, and an excerpt not quoted verbatim from the seed", () => {
    expect(messages(content({ excerpts: [] }))).toMatch(/excerpts/);
    expect(
      messages(content({ excerpts: ["Police   recorded 38,685 offences in 2023-24,", "Snapchat was 45% of them."] })),
    ).toMatch(/"Snapchat was 45% of them\." is not quoted verbatim/);
  });
});

describe("review dates", () => {
  it("fails statisticsReviewed more than 12 months before today", () => {
    expect(messages(content({ today: new Date("2027-11-21T00:00:00Z") }))).toBe("");
    expect(messages(content({ today: new Date("2027-11-23T00:00:00Z") }))).toMatch(
      /statisticsReviewed 2026-11-22 is more than 12 months/,
    );
  });

  it("lists a figure's source as due for review when older than reviewAfterMonths (or undated), without failing", () => {
    const raw = content();
    const dated = raw.sources.data as Record<string, unknown>[];
    dated[0] = { ...dated[0], published: "2025-01-10" };
    expect(
      buildCourse({
        ...raw,
        course: { ...raw.course, data: { ...(raw.course.data as object), reviewAfterMonths: 24 } },
      }).reviewDue,
    ).toEqual([]);
    const due = buildCourse({
      ...raw,
      course: { ...raw.course, data: { ...(raw.course.data as object), reviewAfterMonths: 12 } },
    });
    expect(due.errors).toEqual([]);
    expect(due.reviewDue).toEqual([
      { sourceId: "a", label: "P, undated", date: "2025-01-10", citedIn: ["m/lessons/l.md"] },
    ]);
  });
});

describe("quiz questions", () => {
  it("check each sentence's figures in words and their year, but only the digits of a wrong option", () => {
    const quiz = (explanation: string, wrong = "B") => ({
      id: "m-quiz",
      questions: [
        {
          id: "q1",
          type: "single",
          lesson: "l",
          outcome: 1,
          prompt: "P?",
          explanation,
          sources: ["a"],
          options: [
            { id: "a", text: "A", correct: true },
            { id: "b", text: wrong },
          ],
        },
      ],
    });
    expect(
      messages(content({ quiz: quiz("Police recorded 38,685 offences in 2023-24.", "Kent saw nine a day in 2023.") })),
    ).toBe("");
    expect(messages(content({ quiz: quiz("Police recorded 38,685 offences in 2021-22.") }))).toMatch(
      /2021-22 is not stated/,
    );
    expect(messages(content({ quiz: quiz("Kent saw four a day.") }))).toMatch(/4 not found/);
  });

  it("name the lesson that teaches them, in their module or an earlier one, and an outcome their module has", () => {
    const quiz = (lesson: unknown, outcome: unknown) => ({
      id: "m-quiz",
      questions: [{ id: "q1", type: "truefalse", lesson, outcome, prompt: "P?", explanation: "E", answer: true }],
    });
    expect(messages(content({ quiz: quiz("l", 1) }))).toBe("");
    expect(messages(content({ quiz: quiz("no-such-lesson", 1) }))).toMatch(
      /question "q1" names lesson "no-such-lesson", which does not exist/,
    );
    expect(messages(content({ quiz: quiz("l", 2) }))).toMatch(
      /question "q1" tests outcome 2, but module "m" has 1 learning outcomes/,
    );
    expect(
      messages(
        content({
          quiz: {
            id: "m-quiz",
            questions: [{ id: "q1", type: "truefalse", prompt: "P?", explanation: "E", answer: true }],
          },
        }),
      ),
    ).toMatch(/questions\.0\.lesson/);

    // A second module whose quiz points forward to it fails; pointing back to the first module is fine.
    const twoModules = (firstQuizLesson: string): TRawContent => {
      const raw = content({ course: { modules: ["m", "n"] }, quiz: quiz(firstQuizLesson, 1) });
      raw.modules.push({
        dir: "n",
        module: {
          file: "n/module.yaml",
          data: { id: "n", title: "N", summary: "S", estimatedMinutes: 5, learningOutcomes: ["O"], lessons: ["later"] },
        },
        quiz: {
          file: "n/quiz.yaml",
          data: {
            id: "n-quiz",
            questions: [
              { id: "n1", type: "truefalse", lesson: "l", outcome: 1, prompt: "P?", explanation: "E", answer: false },
            ],
          },
        },
        lessons: [
          { file: "n/lessons/later.md", text: "---\nid: later\ntitle: Later\nestimatedMinutes: 3\n---\nText.\n" },
        ],
      });
      return raw;
    };
    expect(messages(twoModules("l"))).toBe("");
    expect(messages(twoModules("later"))).toMatch(/question "q1" names lesson "later", which comes after this quiz/);
  });
});
