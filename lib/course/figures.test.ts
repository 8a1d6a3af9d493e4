import { describe, expect, it } from "vitest";
import { checkFigures, findFigureDirectives, type TFiguresInput } from "./figures";
import type { TSource } from "./schema";

const SEED = "000_kent.txt";
const ARTICLE =
  "Across 2022 and 2023, 1,568 offences were recorded by Kent Police compared to 1,356 in the previous year. " +
  "Nationally, there were more than 33,000 offences. Snapchat was flagged in almost half (44%) of the instances.";
const sources: Record<string, TSource> = {
  kent: {
    id: "kent",
    kind: "article",
    seed: SEED,
    publisher: "Greatest Hits Radio",
    title: "T",
    label: "GHR",
    excerpts: [ARTICLE],
  },
  web: {
    id: "web",
    kind: "web",
    publisher: "NSPCC",
    title: "W",
    url: "https://example.org/",
    checked: "2026-11-22",
    label: "NSPCC website",
    facts: ["Anything."],
  },
};

const point = (overrides: Record<string, unknown> = {}) => ({
  label: "Across 2022 and 2023",
  value: 1568,
  unit: "offences",
  as: "1,568",
  period: "Across 2022 and 2023",
  area: "Kent",
  dataset: "offences recorded by Kent Police",
  source: { seed: SEED, publisher: "Greatest Hits Radio" },
  ...overrides,
});

const chart = (points: unknown[], overrides: Record<string, unknown> = {}) => ({
  id: "kent",
  type: "bar",
  title: "Offences recorded by Kent Police",
  caption: "As the article gives them.",
  labelHeader: "Period",
  series: [{ name: "Kent Police", points }],
  ...overrides,
});

const LESSON = "## Record what was said\n\nRecord the words, not the image [@kent].\n";

function input(data: unknown, overrides: Partial<TFiguresInput> = {}): TFiguresInput {
  return {
    file: "content/figures.yaml",
    data,
    sources,
    seedTexts: { [SEED]: ARTICLE },
    lessons: { "sextortion-responding": LESSON },
    placements: [{ file: "lesson.md", placed: [{ kind: "chart", id: "kent" }], malformed: [] }],
    ...overrides,
  };
}

const messages = (data: unknown, overrides: Partial<TFiguresInput> = {}) =>
  checkFigures(input(data, overrides)).errors.map((e) => e.message);

describe("checkFigures", () => {
  it("accepts points whose figure, period and area are worded as their seed article words them", () => {
    const data = {
      charts: [
        chart([point(), point({ label: "The previous year", value: 1356, as: "1,356", period: "previous year" })]),
      ],
    };
    expect(messages(data)).toEqual([]);
    // Without the seeds (a fresh clone), the article's excerpts in sources.yaml stand in for it.
    expect(messages(data, { seedTexts: undefined })).toEqual([]);
  });

  it("fails a point without a source", () => {
    const bare: Record<string, unknown> = point();
    delete bare.source;
    expect(messages({ charts: [chart([bare])] })).toEqual([
      expect.stringMatching(/^charts\.0\.series\.0\.points\.0\.source: /),
    ]);
  });

  it("fails a source that is not a seed article", () => {
    const notListed = point({ source: { seed: "999_made-up.txt", publisher: "Greatest Hits Radio" } });
    expect(messages({ charts: [chart([notListed])] })).toEqual([
      expect.stringContaining("source 999_made-up.txt is not one of the seed articles in content/sources.yaml"),
    ]);
    // Listed in sources.yaml, but no such file among the seeds.
    expect(messages({ charts: [chart([point()])] }, { seedTexts: { "001_other.txt": ARTICLE } })).toEqual([
      expect.stringContaining(`source ${SEED} is not a seed file`),
    ]);
  });

  it("fails a publisher that is not the one sources.yaml gives the seed", () => {
    expect(messages({ charts: [chart([point({ source: { seed: SEED, publisher: "NSPCC" } })])] })).toEqual([
      expect.stringContaining('publisher "NSPCC" is not the publisher content/sources.yaml gives'),
    ]);
  });

  it("fails a value that is not in the cited article's text", () => {
    expect(messages({ charts: [chart([point({ value: 1569, as: "1,569" })])] })).toEqual([
      expect.stringContaining('"1,569" is not in the text of 000_kent.txt'),
    ]);
  });

  it("fails a value that is not the figure the article's words give", () => {
    expect(messages({ charts: [chart([point({ value: 1600 })])] })).toEqual([
      expect.stringContaining('value 1600 is not the figure in "1,568"'),
    ]);
    // A share in words: "almost half (44%)" holds 44, and "half" 50, but not 45.
    const share = { unit: "percent", label: "Snapchat", period: "not stated in the article", area: "Kent" };
    expect(messages({ charts: [chart([point({ ...share, value: 44, as: "almost half (44%)" })])] })).toEqual([]);
    expect(messages({ charts: [chart([point({ ...share, value: 50, as: "almost half (44%)" })])] })).toEqual([]);
    expect(messages({ charts: [chart([point({ ...share, value: 45, as: "almost half (44%)" })])] })).toEqual([
      expect.stringContaining('value 45 is not the figure in "almost half (44%)"'),
    ]);
  });

  it("fails a period or an area the article does not give, unless it says so", () => {
    expect(messages({ charts: [chart([point({ period: "2023-24" })])] })).toEqual([
      expect.stringContaining('period "2023-24" is not in the text of 000_kent.txt'),
    ]);
    expect(messages({ charts: [chart([point({ area: "England and Wales" })])] })).toEqual([
      expect.stringContaining('area "England and Wales" is not in the text of 000_kent.txt'),
    ]);
    expect(messages({ charts: [chart([point({ area: "not stated in the article" })])] })).toEqual([]);
  });

  it("fails a series that mixes areas", () => {
    const national = point({ label: "Nationally", value: 33000, as: "more than 33,000", area: "Nationally" });
    expect(messages({ charts: [chart([point(), national])] })).toEqual([
      expect.stringContaining('series "Kent Police" mixes areas (Kent; Nationally)'),
    ]);
  });

  it("fails a series that mixes data sets", () => {
    const other = point({ label: "The previous year", value: 1356, as: "1,356", dataset: "something else" });
    expect(messages({ charts: [chart([point(), other])] })).toEqual([
      expect.stringContaining('series "Kent Police" mixes data sets'),
    ]);
  });

  it("fails a chart that draws counts and shares on one axis", () => {
    const share = point({ label: "Snapchat", unit: "percent", value: 44, as: "44%", area: "Kent" });
    const data = chart([point()], {
      series: [
        { name: "Counts", points: [point()] },
        { name: "Shares", points: [share] },
      ],
    });
    expect(messages({ charts: [data] })).toEqual([expect.stringContaining("draws offences and percent on one axis")]);
  });

  it("fails a year in a chart's own words that its articles do not give", () => {
    expect(messages({ charts: [chart([point()], { title: "Kent Police, 2019 to 2023" })] })).toEqual([
      expect.stringContaining("title has 2019, which is not in the chart's cited articles"),
    ]);
  });

  it("fails an unknown chart id in a lesson, and a chart no lesson places", () => {
    const placements = [{ file: "lesson.md", placed: [{ kind: "chart" as const, id: "kent-typo" }], malformed: [] }];
    expect(checkFigures(input({ charts: [chart([point()])] }, { placements })).errors).toEqual([
      { file: "lesson.md", message: '::chart{id="kent-typo"}: no chart has this id in content/figures.yaml' },
      {
        file: "content/figures.yaml",
        message: 'chart "kent" is not placed in any lesson: add ::chart{id="kent"} to one, or remove it',
      },
    ]);
  });

  it("fails a line that looks like a directive but is not one", () => {
    const placements = [{ file: "lesson.md", ...findFigureDirectives('::chart{id="kent"}\n\n::chart{kent}\n') }];
    expect(checkFigures(input({ charts: [chart([point()])] }, { placements })).errors).toEqual([
      { file: "lesson.md", message: expect.stringContaining('"::chart{kent}" is not a figure directive') },
    ]);
  });

  it("fails diagram words that are not the named lesson's own", () => {
    const diagram = (title: string, lesson = "sextortion-responding") => ({
      diagrams: [
        {
          id: "tells",
          kind: "steps",
          title: "When a child tells you",
          caption: "In the lesson's words.",
          steps: [
            { title: "Record what was said", detail: "Record the words, not the image.", lesson },
            { title, lesson },
          ],
        },
      ],
    });
    const placements = [{ file: "lesson.md", placed: [{ kind: "diagram" as const, id: "tells" }], malformed: [] }];
    expect(messages(diagram("Record what was said"), { placements })).toEqual([]);
    expect(messages(diagram("Take a photo of the screen as evidence"), { placements })).toEqual([
      expect.stringContaining(
        'step 2: "Take a photo of the screen as evidence" is not in lesson "sextortion-responding"',
      ),
    ]);
    expect(messages(diagram("Record what was said", "no-such-lesson"), { placements })).toEqual([
      expect.stringContaining('lesson "no-such-lesson" does not exist'),
      expect.stringContaining('lesson "no-such-lesson" does not exist'),
      expect.stringContaining('lesson "no-such-lesson" does not exist'),
    ]);
  });

  it("finds a quote that names its own lesson in that lesson, in a step's detail and in a route's lines", () => {
    const lessons = {
      "sextortion-responding": LESSON,
      "help-safe": 'Stay calm and let them talk.\n\n- "This is not your fault."\n',
    };
    const placements = [
      {
        file: "lesson.md",
        placed: [
          { kind: "diagram" as const, id: "tells" },
          { kind: "diagram" as const, id: "go" },
        ],
        malformed: [],
      },
    ];
    const data = (from: string) => ({
      diagrams: [
        {
          id: "tells",
          kind: "steps",
          title: "When a child tells you",
          caption: "In the lessons' words.",
          steps: [
            { title: "Record what was said", lesson: "sextortion-responding" },
            {
              title: "Stay calm and let them talk",
              detail: [{ text: "This is not your fault.", lesson: from }],
              lesson: "help-safe",
            },
          ],
        },
        {
          id: "go",
          kind: "routes",
          title: "Where it goes",
          caption: "In the lessons' words.",
          routes: [
            {
              name: "Record what was said",
              when: "Record the words",
              how: [{ text: "This is not your fault.", lesson: from }],
              lesson: "sextortion-responding",
            },
            { name: "Stay calm", when: "let them talk", how: ["Stay calm and let them talk."], lesson: "help-safe" },
          ],
        },
      ],
    });
    expect(messages(data("help-safe"), { placements, lessons })).toEqual([]);
    expect(messages(data("sextortion-responding"), { placements, lessons })).toEqual([
      expect.stringContaining('step 2: "This is not your fault." is not in lesson "sextortion-responding"'),
      expect.stringContaining('route 1: "This is not your fault." is not in lesson "sextortion-responding"'),
    ]);
  });
});
