import { describe, expect, it } from "vitest";
import { accessibilityContact, KNOWN_ACCESSIBILITY_ISSUES, STATEMENT_PREPARED_ON } from "./statement";

describe("accessibilityContact", () => {
  it("uses the operator's email address, as a mailto: link", () => {
    expect(accessibilityContact("access@school.example", "https://learn.school.example")).toEqual({
      href: "mailto:access@school.example",
      label: "access@school.example",
    });
  });

  it("uses the operator's web form as it is", () => {
    const form = "https://school.example/accessibility-problem";
    expect(accessibilityContact(form, "https://learn.school.example")).toEqual({ href: form, label: form });
  });

  it("without one (or with something that is neither), names accessibility@ the site's own domain", () => {
    for (const configured of [undefined, "", "not an address"])
      expect(accessibilityContact(configured, "https://learn.school.example:8443")).toEqual({
        href: "mailto:accessibility@learn.school.example",
        label: "accessibility@learn.school.example",
      });
  });
});

describe("the statement's data", () => {
  it("has a real preparation date and, for every known issue, the criteria it fails and a way round it", () => {
    expect(Number.isNaN(Date.parse(STATEMENT_PREPARED_ON))).toBe(false);
    for (const issue of KNOWN_ACCESSIBILITY_ISSUES) {
      expect(issue.criteria.length).toBeGreaterThan(0);
      for (const c of issue.criteria) expect(c).toMatch(/^\d\.\d\.\d+ [A-Z]/);
      expect(issue.workaround.length).toBeGreaterThan(20);
    }
  });
});
