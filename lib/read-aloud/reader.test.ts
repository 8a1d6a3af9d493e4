import { describe, expect, it } from "vitest";
import { createReader, type TReaderState } from "./reader";

type TEvent = { error?: string; charIndex?: number };

/** An utterance and a synthesiser that only record: the test says when speech starts, reaches a word or ends. */
class FakeUtterance {
  lang = "";
  rate = 1;
  voice: string | null = null;
  private listeners = new Map<string, ((e: TEvent) => void)[]>();
  constructor(readonly text: string) {}
  addEventListener(type: string, listener: (e: TEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, event: TEvent = {}) {
    this.listeners.get(type)?.forEach((l) => l(event));
  }
}

function setUp(texts: string[], rate = 1) {
  const spoken: FakeUtterance[] = [];
  const states: TReaderState[] = [];
  let cancels = 0;
  const synth = {
    speak: (u: FakeUtterance) => void spoken.push(u),
    // A real engine tells the cancelled utterance it was interrupted.
    cancel: () => {
      cancels += 1;
      spoken.at(-1)?.fire("error", { error: "interrupted" });
    },
  };
  const reader = createReader({
    texts,
    synth,
    utter: (t) => new FakeUtterance(t),
    lang: "en-GB",
    voice: "Daniel",
    rate,
    onChange: (s) => states.push(s),
  });
  return { reader, spoken, states, last: () => spoken.at(-1)!, cancels: () => cancels };
}

describe("createReader", () => {
  it("reads each block in turn in British English with the chosen voice and speed, then finishes", () => {
    const t = setUp(["One.", "Two.", "Three."], 1.25);
    t.reader.play();
    expect(t.last()).toMatchObject({ text: "One.", lang: "en-GB", voice: "Daniel", rate: 1.25 });
    t.last().fire("end");
    t.last().fire("end");
    expect(t.spoken.map((u) => u.text)).toEqual(["One.", "Two.", "Three."]);
    t.last().fire("end");
    expect(t.states.map((s) => `${s.status}:${s.index}`)).toEqual([
      "playing:0",
      "playing:1",
      "playing:2",
      "finished:-1",
    ]);
  });

  it("pauses by stopping the voice, and resumes the same block from the last word reached", () => {
    const t = setUp(["Tell the DSL today.", "Next."]);
    t.reader.play();
    t.last().fire("boundary", { charIndex: 9 }); // "DSL"
    t.reader.pause();
    expect(t.states.at(-1)).toEqual({ status: "paused", index: 0 });
    expect(t.cancels()).toBeGreaterThan(0);
    // The interrupted utterance's error is the reader's own doing: still paused, not failed, not moved on.
    expect(t.spoken).toHaveLength(1);
    t.reader.resume();
    expect(t.last().text).toBe("DSL today.");
    t.last().fire("boundary", { charIndex: 4 }); // "today", counted from the resumed text
    t.reader.pause();
    t.reader.resume();
    expect(t.last().text).toBe("today.");
    t.last().fire("end");
    expect(t.last().text).toBe("Next.");
  });

  it("applies a new speed at once, from the current word, and to everything after", () => {
    const t = setUp(["Listen to the child.", "Record."]);
    t.reader.play();
    t.last().fire("boundary", { charIndex: 7 });
    t.reader.setRate(0.75);
    expect(t.last()).toMatchObject({ text: "to the child.", rate: 0.75 });
    t.last().fire("end");
    expect(t.last()).toMatchObject({ text: "Record.", rate: 0.75 });
  });

  it("stops: nothing more is read and nothing is highlighted", () => {
    const t = setUp(["One.", "Two."]);
    t.reader.play();
    const first = t.last();
    t.reader.stop();
    first.fire("end"); // a late end from the engine
    expect(t.spoken).toHaveLength(1);
    expect(t.states.at(-1)).toEqual({ status: "idle", index: -1 });
  });

  it("starts again from a chosen block, and says so when the engine cannot speak", () => {
    const t = setUp(["One.", "Two.", "Three."]);
    t.reader.play(1);
    expect(t.last().text).toBe("Two.");
    t.last().fire("error", { error: "synthesis-failed" });
    expect(t.states.at(-1)).toEqual({ status: "failed", index: -1 });
    expect(t.spoken).toHaveLength(1);
  });
});
