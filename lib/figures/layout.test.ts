import { describe, expect, it } from "vitest";
import type { TChart } from "../course/figures-schema";
import { BAR, FIGURE_WIDTH, layoutBars, layoutSteps, textWidth, wrapText } from "./layout";

const point = (label: string, value: number, as: string, unit: "offences" | "percent" = "offences") => ({
  label,
  value,
  unit,
  as,
  period: "p",
  area: "a",
  dataset: "d",
  source: { seed: "000.txt", publisher: "P" },
});
const chart = (points: ReturnType<typeof point>[], series = 1): TChart => ({
  id: "c",
  type: "bar",
  title: "T",
  caption: "C",
  labelHeader: "L",
  series: Array.from({ length: series }, (_, i) => ({ name: `Series ${i + 1}`, points })),
});

describe("wrapText", () => {
  it("breaks between words and never loses one", () => {
    expect(wrapText("Never view, copy, forward, print, save or delete the image", 20)).toEqual([
      "Never view, copy,",
      "forward, print, save",
      "or delete the image",
    ]);
    expect(wrapText("Antidisestablishmentarianism here", 10)).toEqual(["Antidisestablishmentarianism", "here"]);
    // A phone number is never split across lines.
    expect(wrapText("Childline is free to call on 0800 1111, 24/7", 34)).toEqual([
      "Childline is free to call on",
      "0800\u00a01111, 24/7",
    ]);
  });
});

describe("layoutBars", () => {
  it("draws counts against the largest, and every bar and its value inside the drawing", () => {
    const { rows } = layoutBars(chart([point("2017/18", 1042, "1,042"), point("Across 2022 and 2023", 1568, "1,568")]));
    expect(rows[1]!.barWidth).toBeGreaterThan(rows[0]!.barWidth);
    expect(rows[0]!.barWidth / rows[1]!.barWidth).toBeCloseTo(1042 / 1568, 3);
    for (const r of rows) {
      const right = r.textInside ? r.textX : r.textX + textWidth(r.text, BAR.valueSize * 1.12);
      expect(right).toBeLessThanOrEqual(FIGURE_WIDTH);
      expect(r.textInside ? r.textX - textWidth(r.text, BAR.valueSize * 1.12) : r.textX).toBeGreaterThanOrEqual(0);
    }
  });

  it("draws shares against the whole, and names the series under each label when there are several", () => {
    const layout = layoutBars(chart([point("Snapchat", 50, "exactly half", "percent")], 2));
    expect(layout.track).toBe(true);
    expect(layout.rows[0]!.barWidth).toBeCloseTo(layout.plotWidth / 2, 5);
    expect(layout.rows.map((r) => r.series)).toEqual([["Series 1"], ["Series 2"]]);
    expect(layout.rows[1]!.y).toBeGreaterThan(layout.rows[0]!.barY);
  });
});

describe("layoutSteps", () => {
  it("stacks the steps without overlap and puts the note after the last", () => {
    const { boxes, note, height } = layoutSteps({
      id: "d",
      kind: "steps",
      title: "T",
      caption: "C",
      steps: [
        { title: "Stay calm and let them talk", detail: "Tell them they have done the right thing.", lesson: "l" },
        { title: "Tell your DSL at once", lesson: "l" },
      ],
      note: { title: "The fast pattern", text: "It can be quick.", lesson: "l" },
    });
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height);
    expect(note!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height);
    expect(height).toBeGreaterThanOrEqual(note!.y + note!.height);
  });
});
