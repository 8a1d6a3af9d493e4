import { describe, expect, it } from "vitest";
import { renderLessonMarkdown, SCENARIO_REVEAL, splitLessonHtml } from "./markdown";
import { findClaims } from "./citations";
import type { TSource } from "./schema";

const source = (id: string, label: string): TSource => ({
  id,
  kind: "web",
  publisher: "P",
  title: "T",
  label,
  url: `https://example.org/${id}`,
  checked: "2026-11-22",
  facts: [],
});
const sources = { a: source("a", "Home Office, 2024"), b: source("b", "NSPCC, 2023") };

describe("renderLessonMarkdown", () => {
  it("numbers citations as footnotes in the order sources are first cited, each linking to its source", () => {
    const html = renderLessonMarkdown("First [@b]. Second [@a; @b]. Third [@a].", sources);
    expect(html).toContain(
      '<p>First<sup class="footnote-ref"><a id="cite-b-1" href="#source-b" aria-label="Source 1" title="NSPCC, 2023">[1]</a></sup>.',
    );
    expect(html).toContain('Second<sup class="footnote-ref"><a id="cite-a-1" href="#source-a" aria-label="Source 2"');
    // Each place a source is cited has its own anchor, so ids never repeat on the page.
    expect(html).toContain('id="cite-b-2" href="#source-b" aria-label="Source 1"');
    expect(html).toContain('Third<sup class="footnote-ref"><a id="cite-a-2" href="#source-a" aria-label="Source 2"');
    expect(html).not.toContain("citation");
  });

  it("shows a scenario's situation and folds its suggested response into a details element", () => {
    const html = renderLessonMarkdown(
      ":::scenario\nA pupil says something worrying.\n\nStay calm and tell your DSL.\n\nWrite it down.\n:::\n",
      sources,
    );
    expect(html).toBe(
      `<aside class="callout callout-scenario" aria-label="Scenario"><p class="callout-title">Scenario</p><p>A pupil says something worrying.</p>\n<details class="scenario-response"><summary>${SCENARIO_REVEAL}</summary><p>Stay calm and tell your DSL.</p>\n<p>Write it down.</p>\n</details></aside>\n`,
    );
  });

  it("leaves a one-paragraph scenario, and other callouts, open", () => {
    expect(renderLessonMarkdown(":::scenario\nPicture the children you will see.\n:::\n", sources)).not.toContain(
      "<details",
    );
    expect(renderLessonMarkdown(":::key-point\nOne.\n\nTwo.\n:::\n", sources)).not.toContain("<details");
  });

  it("makes helpline numbers tel: links, but not figures that contain them or numbers inside a link", () => {
    const html = renderLessonMarkdown(
      "Call Childline free on 0800 1111, or 999 in an emergency. In 1999, 9,999 and [ring 116 123](https://example.org).",
      sources,
    );
    expect(html).toContain('<a class="tel" href="tel:08001111">0800 1111</a>');
    expect(html).toContain('<a class="tel" href="tel:999">999</a> in an emergency');
    expect(html).toContain("In 1999, 9,999 and");
    expect(html).toContain('<a href="https://example.org">ring 116 123</a>');
  });

  it("cuts the lesson where it places a chart or diagram, keeping footnote numbers across the cut", () => {
    const html = renderLessonMarkdown(
      'Before [@a].\n\n::chart{id="kent-2022-23"}\n\nAfter [@b].\n\n::diagram{id="when-a-child-tells-you"}\n',
      sources,
    );
    const parts = splitLessonHtml(html);
    expect(parts).toEqual([
      { html: expect.stringContaining("Before") },
      { figure: { kind: "chart", id: "kent-2022-23" } },
      { html: expect.stringContaining('aria-label="Source 2"') },
      { figure: { kind: "diagram", id: "when-a-child-tells-you" } },
    ]);
    // A mistyped directive is not a figure: it stays text (and content:check fails it).
    expect(splitLessonHtml(renderLessonMarkdown("::chart{kent}\n", sources))).toEqual([
      { html: "<p>::chart{kent}</p>" },
    ]);
  });

  it("does not take a directive's id for an uncited figure", () => {
    expect(findClaims('::chart{id="platforms-2022-23"}\n').uncited).toEqual([]);
  });
});
