import { describe, expect, it } from "vitest";
import { changesSince, compareVersions } from "./changelog";
import { loadCourse } from "./load";
import type { TCourse } from "./types";
import { buildCourse, type TRawContent } from "./validate";

function content(changelog: unknown, version = "2026.11.1"): TRawContent {
  return {
    course: {
      file: "course.yaml",
      data: {
        id: "c",
        title: "Course",
        version,
        summary: "S",
        estimatedMinutes: 10,
        statisticsReviewed: "2026-11-22",
        contentWarning: "W",
        learningOutcomes: ["O"],
        modules: ["m"],
      },
    },
    sources: {
      file: "sources.yaml",
      data: [
        {
          id: "a",
          kind: "web",
          publisher: "P",
          title: "T",
          url: "https://example.org/",
          checked: "2026-11-22",
          label: "P",
          facts: ["F"],
        },
      ],
    },
    changelog: { file: "changelog.yaml", data: changelog },
    modules: [
      {
        dir: "m",
        module: {
          file: "m/module.yaml",
          data: { id: "m", title: "M", summary: "S", estimatedMinutes: 10, learningOutcomes: ["O"], lessons: ["l"] },
        },
        quiz: {
          file: "m/quiz.yaml",
          data: {
            id: "m-quiz",
            questions: [
              { id: "q1", type: "truefalse", lesson: "l", outcome: 1, prompt: "P?", explanation: "E", answer: true },
            ],
          },
        },
        lessons: [{ file: "m/lessons/l.md", text: "---\nid: l\ntitle: The lesson\nestimatedMinutes: 3\n---\nText.\n" }],
      },
    ],
  };
}

const newer = {
  version: "2026.11.1",
  date: "2026-11-24",
  summary: "Fixes.",
  changes: [{ lesson: "l", what: "Corrected.", why: "It was wrong." }],
};
const first = { version: "2026.11.0", date: "2026-11-22", summary: "First." };
const messages = (raw: TRawContent) =>
  buildCourse(raw)
    .errors.map((e) => `${e.file}: ${e.message}`)
    .join("\n");

describe("the changelog check", () => {
  it("accepts entries newest first that end at course.yaml's version", () => {
    const { course, errors } = buildCourse(content([newer, first]));
    expect(errors).toEqual([]);
    expect(course?.changelog.map((e) => e.version)).toEqual(["2026.11.1", "2026.11.0"]);
  });

  it("fails when course.yaml's version has no entry", () => {
    expect(messages(content([newer, first], "2026.11.2"))).toMatch(
      /changelog.yaml: course.yaml's version 2026.11.2 has no entry/,
    );
  });

  it("fails an entry newer than course.yaml's version", () => {
    expect(messages(content([newer, first], "2026.11.0"))).toMatch(
      /the newest entry \(2026.11.1\) is newer than course.yaml's version 2026.11.0/,
    );
  });

  it("fails a change naming a lesson that does not exist", () => {
    const bad = { ...newer, changes: [{ lesson: "no-such-lesson", what: "W", why: "Y" }] };
    expect(messages(content([bad, first]))).toMatch(/lesson "no-such-lesson" does not exist/);
    expect(messages(content([{ ...newer, changes: [...newer.changes, ...newer.changes] }, first]))).toMatch(
      /lesson "l" is listed twice/,
    );
  });

  it("fails versions out of order or listed twice, and dates out of order", () => {
    expect(messages(content([first, newer]))).toMatch(
      /newest first, each version once: 2026.11.0 is listed before 2026.11.1/,
    );
    expect(messages(content([newer, newer, first]))).toMatch(/2026.11.1 is listed before 2026.11.1/);
    expect(messages(content([{ ...newer, date: "2026-11-01" }, first]))).toMatch(
      /dated 2026-11-01, before the older version/,
    );
  });

  it("fails a change without its reason, and an empty or missing changelog", () => {
    expect(messages(content([{ ...newer, changes: [{ lesson: "l", what: "W" }] }, first]))).toMatch(/changes.0.why/);
    expect(messages(content([]))).toMatch(/needs at least the entry for the current version/);
    expect(messages(content(undefined))).toMatch(/changelog.yaml: .*expected array/);
  });
});

describe("compareVersions", () => {
  it("compares each part as a number", () => {
    expect(compareVersions("2026.11.10", "2026.11.9")).toBeGreaterThan(0);
    expect(compareVersions("2026.9.0", "2026.11.0")).toBeLessThan(0);
    expect(compareVersions("2026.11.1", "2026.11.1")).toBe(0);
  });
});

describe("changesSince", () => {
  const course = buildCourse(
    content([{ ...newer, version: "2026.11.2", date: "2026-12-01" }, newer, first], "2026.11.2"),
  ).course as TCourse;

  it("lists the entries newer than the completed version, newest first, with each changed lesson's link target", () => {
    const since = changesSince(course, "2026.11.0");
    expect(since.map((e) => e.version)).toEqual(["2026.11.2", "2026.11.1"]);
    expect(since[0]?.changes).toEqual([
      { moduleId: "m", lessonId: "l", lessonTitle: "The lesson", what: "Corrected.", why: "It was wrong." },
    ]);
  });

  it("lists nothing for the current version, and everything for a version older than the changelog", () => {
    expect(changesSince(course, "2026.11.2")).toEqual([]);
    expect(changesSince(course, "2025.1.0").map((e) => e.version)).toEqual(["2026.11.2", "2026.11.1", "2026.11.0"]);
  });
});

describe("the real changelog", () => {
  it("has an entry for the course's version, and 2026.11.1's changes link to real lessons", () => {
    const { course, errors } = loadCourse(undefined, null);
    expect(errors).toEqual([]);
    const since = changesSince(course!, "2026.11.0");
    expect(since[0]?.version).toBe(course!.version);
    expect(since.flatMap((e) => e.changes.map((c) => c.lessonId))).toContain("report-remove-limits");
  });
});
