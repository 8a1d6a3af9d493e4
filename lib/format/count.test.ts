import { describe, expect, it } from "vitest";
import { countOf, peopleCount } from "./count";

describe("countOf", () => {
  it("agrees the noun with the number", () => {
    expect(peopleCount(1)).toBe("1 person");
    expect(peopleCount(0)).toBe("0 people");
    expect(peopleCount(3)).toBe("3 people");
    expect(countOf(1, "day", "days")).toBe("1 day");
  });
});
