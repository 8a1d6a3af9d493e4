import { describe, expect, it } from "vitest";
import { publicUrlProblem } from "./public-url";

describe("publicUrlProblem", () => {
  it("refuses a missing or malformed address", () => {
    expect(publicUrlProblem(undefined)).toMatch(/not set/);
    expect(publicUrlProblem("")).toMatch(/not set/);
    expect(publicUrlProblem("training.example.org")).toMatch(/not a valid address/);
    expect(publicUrlProblem("ftp://training.example.org")).toMatch(/https/);
    expect(publicUrlProblem("https://user:pw@training.example.org")).toMatch(/plain address/);
  });

  it("accepts the site's public address", () => {
    expect(publicUrlProblem("https://training.example.org")).toBeNull();
    expect(publicUrlProblem("http://127.0.0.1:3100/")).toBeNull();
  });
});
