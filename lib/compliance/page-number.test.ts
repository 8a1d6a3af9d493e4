import { describe, expect, it } from "vitest";
import { readPageNumber } from "./page-number";

describe("readPageNumber", () => {
  it("accepts whole page numbers and turns anything else into page 1", () => {
    expect(readPageNumber("3")).toBe(3);
    for (const bad of ["3.14", "1e308", "-2", "0", "", "abc", undefined, ["2"], "9999999"])
      expect(readPageNumber(bad)).toBe(1);
  });
});

describe("readDashboardQuery", () => {
  it("ignores sort keys that are only inherited object properties", async () => {
    const { readDashboardQuery } = await import("./filters");
    expect(readDashboardQuery({ sort: "constructor" }).sort).toBe("name");
    expect(readDashboardQuery({ sort: "__proto__" }).sort).toBe("name");
    expect(readDashboardQuery({ sort: "due", dir: "desc" })).toMatchObject({ sort: "due", dir: "desc" });
  });
});
