import { describe, expect, it } from "vitest";
import { collectReadBlocks, type TReadNode } from "./blocks";

// A few lines of DOM: elements as [name, attributes, ...children], text as strings.
type TSpec = string | [string, Record<string, string>, ...TSpec[]];
type TFake = TReadNode & { id?: string; childNodes: TFake[] };

function build(spec: TSpec): TFake {
  if (typeof spec === "string") return { nodeType: 3, nodeName: "#text", textContent: spec, childNodes: [] };
  const [name, attrs, ...kids] = spec;
  const childNodes = kids.map(build);
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    id: attrs.id,
    childNodes,
    get textContent() {
      return childNodes.map((c) => c.textContent).join("");
    },
    getAttribute: (n) => attrs[n] ?? null,
    hasAttribute: (n) => n in attrs,
  };
}

const read = (spec: TSpec) => collectReadBlocks(build(spec)).map((b) => b.text);

describe("collectReadBlocks", () => {
  it("reads headings, paragraphs, list items and quotations in order, each its own block", () => {
    const body = build([
      "div",
      { class: "lesson-body" },
      ["h2", { id: "h" }, "What grooming is"],
      "\n",
      ["p", { id: "p" }, "It is ", ["strong", {}, "building trust"], " to abuse."],
      ["ul", {}, ["li", { id: "a" }, "Flattery"], "\n", ["li", { id: "b" }, "Gifts"]],
      ["blockquote", {}, ["p", { id: "q" }, "He said he loved me."]],
    ]);
    const blocks = collectReadBlocks(body);
    expect(blocks.map((b) => b.text)).toEqual([
      "What grooming is",
      "It is building trust to abuse.",
      "Flattery",
      "Gifts",
      "He said he loved me.",
    ]);
    // The element highlighted while each block is read is the block itself.
    expect(blocks.map((b) => (b.node as TFake).id)).toEqual(["h", "p", "a", "b", "q"]);
  });

  it("leaves out footnote numbers, hidden parts and screen-reader-only text", () => {
    expect(
      read([
        "div",
        {},
        [
          "p",
          {},
          "Reports rose in 2023-24",
          ["sup", { class: "footnote-ref" }, ["a", { href: "#source-x" }, "[1]"]],
          ".",
          ["span", { class: "sr-only" }, " (opens a new tab)"],
          ["span", { "aria-hidden": "true" }, "→"],
        ],
        ["p", { hidden: "" }, "Not shown"],
        ["div", { "aria-hidden": "true" }, ["p", {}, "Decoration"]],
      ]),
    ).toEqual(["Reports rose in 2023-24."]);
  });

  it("reads a callout's title and text, but not a scenario's folded answer until it is opened", () => {
    const scenario = (open: boolean): TSpec => [
      "aside",
      { class: "callout" },
      ["p", { class: "callout-title" }, "Scenario"],
      ["p", {}, "A pupil shows you a message."],
      [
        "details",
        open ? { open: "" } : {},
        ["summary", {}, "What would you do? Show what to do"],
        ["p", {}, "Listen."],
      ],
    ];
    expect(read(scenario(false))).toEqual(["Scenario", "A pupil shows you a message."]);
    expect(read(scenario(true))).toEqual(["Scenario", "A pupil shows you a message.", "Listen."]);
  });

  it("reads a list item's own text before its nested list, and text straight inside a quotation", () => {
    expect(
      read([
        "div",
        {},
        ["ul", {}, ["li", {}, "Tell the DSL", ["ul", {}, ["li", {}, "today"]]]],
        ["blockquote", {}, "Don't promise secrecy."],
      ]),
    ).toEqual(["Tell the DSL", "today", "Don't promise secrecy."]);
  });

  it("reads a table a row at a time, cells apart, and an image by its description", () => {
    expect(
      read([
        "div",
        {},
        [
          "table",
          {},
          [
            "tbody",
            {},
            ["tr", {}, ["th", {}, "Year"], ["th", {}, "Count"]],
            ["tr", {}, ["td", {}, "2023"], ["td", {}, "1,200"]],
          ],
        ],
        ["p", {}, ["img", { alt: "A phone" }], "Line one", ["br", {}], "line two"],
      ]),
    ).toEqual(["Year, Count", "2023, 1,200", "A phone Line one line two"]);
  });

  it("reads a heading given as the root, and nothing from empty or decorative blocks", () => {
    expect(read(["h1", {}, "  Online grooming\n "])).toEqual(["Online grooming"]);
    expect(read(["div", {}, ["p", {}, "  "], ["hr", {}], ["svg", {}, "chart"]])).toEqual([]);
  });
});
