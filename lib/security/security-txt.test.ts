import { describe, expect, it } from "vitest";
import { contactUri, securityTxt } from "./security-txt";

const now = new Date("2026-11-24T13:00:00Z");
const fields = (text: string) =>
  text
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.slice(0, l.indexOf(":")));

describe("security.txt", () => {
  it("names the operator's contacts, an expiry within a year, the language, where it lives and the policy", () => {
    const text = securityTxt({
      baseUrl: "https://training.example.org",
      contact: "security@example.org, https://example.org/report",
      policyUrl: "https://example.org/SECURITY.md",
      now,
    });
    expect(text).toContain("Contact: mailto:security@example.org\nContact: https://example.org/report\n");
    expect(text).toContain("Expires: 2026-12-24T00:00:00Z\n");
    expect(text).toContain("Preferred-Languages: en\n");
    expect(text).toContain("Canonical: https://training.example.org/.well-known/security.txt\n");
    expect(text).toContain("Policy: https://example.org/SECURITY.md\n");
    expect(fields(text)).toEqual(["Contact", "Contact", "Expires", "Preferred-Languages", "Canonical", "Policy"]);
  });

  it("without SECURITY_CONTACT, gives the domain's security@ address and says the operator should set one", () => {
    const text = securityTxt({ baseUrl: "https://training.example.org", now });
    expect(text).toMatch(/# The operator has not set SECURITY_CONTACT/);
    expect(text).toContain("Contact: mailto:security@training.example.org\n");
    expect(text).not.toContain("Policy:");
  });

  it("drops contacts that are not an email, https, mailto or tel address rather than serve them", () => {
    expect(contactUri("javascript:alert(1)")).toBeNull();
    expect(contactUri("http://plain.example")).toBeNull();
    expect(contactUri("Security Team <s@example.org>")).toBeNull();
    expect(contactUri(" tel:+44-1632-960000 ")).toBe("tel:+44-1632-960000");
  });
});
