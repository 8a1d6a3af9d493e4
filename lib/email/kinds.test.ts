import { describe, expect, it } from "vitest";
import { emailKindLabel } from "./kinds";

describe("emailKindLabel", () => {
  it("names the kinds a trainer sees on a record in words", () => {
    expect(emailKindLabel("reminder-trainer")).toBe("Reminder from a trainer");
    expect(emailKindLabel("reminder-due-7")).toBe("Automatic reminder: 7 days before the due date");
    expect(emailKindLabel("welcome")).toBe("Welcome: choose a password");
  });

  it("words an unknown kind rather than showing its code", () => {
    expect(emailKindLabel("something-new")).toBe("Something new");
  });
});
