import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackPath("/trainer")).toBe("/trainer");
    expect(safeCallbackPath("/trainer/learners/abc?tab=record#top")).toBe("/trainer/learners/abc?tab=record#top");
  });

  it("refuses every spelling of another host that a browser would follow", () => {
    for (const attack of [
      "//evil.example",
      "/\\evil.example",
      "/\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\/evil.example",
      "/%5Cevil.example".replace("%5C", "\\"),
      "https://evil.example/",
      "javascript:alert(1)",
      " /x",
    ]) {
      expect(safeCallbackPath(attack), JSON.stringify(attack)).toBe("/");
    }
  });

  it("falls back for missing, repeated or oversized values", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
    expect(safeCallbackPath("/" + "a".repeat(3000))).toBe("/");
  });
});
