import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseVoice, formatRate, parseRate, watchVoices } from "./voices";

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe("chooseVoice", () => {
  it("prefers a British voice on the device, then a British network voice, then another English", () => {
    const us = voice("US", "en-US", true, true);
    const gbNet = voice("Google UK", "en-GB", false);
    const gbLocal = voice("Daniel", "en-GB", true);
    const welsh = voice("Gwyneth", "cy-GB", true);
    expect(chooseVoice([us, gbNet, welsh, gbLocal])?.name).toBe("Daniel");
    expect(chooseVoice([us, gbNet, welsh])?.name).toBe("Google UK");
    expect(chooseVoice([welsh, us])?.name).toBe("US");
    // Android reports languages with an underscore.
    expect(chooseVoice([us, voice("Android UK", "en_GB", true)])?.name).toBe("Android UK");
  });

  it("leaves the choice to the browser when no voice speaks the language", () => {
    expect(chooseVoice([voice("Gwyneth", "cy-GB", true)])).toBeUndefined();
    expect(chooseVoice([])).toBeUndefined();
  });
});

describe("speeds", () => {
  it("shows a speed with a multiplication sign and only restores a speed still offered", () => {
    expect(formatRate(1.25)).toBe("1.25×");
    expect(parseRate("0.75")).toBe(0.75);
    expect(parseRate("3")).toBe(1);
    expect(parseRate(null)).toBe(1);
  });
});

describe("watchVoices", () => {
  afterEach(() => vi.useRealTimers());

  it("reports voices at once, when they change, and when they appear without an event, until unsubscribed", () => {
    vi.useFakeTimers();
    let voices: string[] = [];
    const listeners = new Set<() => void>();
    const source = {
      getVoices: () => voices,
      addEventListener: (_: "voiceschanged", l: () => void) => void listeners.add(l),
      removeEventListener: (_: "voiceschanged", l: () => void) => void listeners.delete(l),
    };
    const seen: string[][] = [];
    const stop = watchVoices(source, (v) => seen.push([...v]), [100, 1000]);
    expect(seen).toEqual([[]]);
    voices = ["a"];
    listeners.forEach((l) => l());
    expect(seen.at(-1)).toEqual(["a"]);
    voices = ["a", "b"];
    vi.advanceTimersByTime(100); // no event this time: the poll finds them
    expect(seen.at(-1)).toEqual(["a", "b"]);
    stop();
    expect(listeners.size).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(seen).toHaveLength(3);
  });
});
