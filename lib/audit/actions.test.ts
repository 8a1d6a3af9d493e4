import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionOptions, isAuditAction } from "./actions";
import { auditActionWords } from "./words";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every action code passed to recordAudit in lib/ and app/ (`action: "x.y"` or `action: c ? "x.y" : "x.z"`). */
function recordedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of [...sourceFiles(path.join(ROOT, "lib")), ...sourceFiles(path.join(ROOT, "app"))]) {
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes("recordAudit(")) continue;
    for (const match of text.matchAll(/\baction:\s*([^,\n]+)/g))
      for (const literal of match[1]!.matchAll(/"([a-z-]+\.[a-z-]+)"/g)) codes.add(literal[1]!);
  }
  return [...codes].sort();
}

describe("the audit action catalogue", () => {
  it("names every action code the codebase records", () => {
    const codes = recordedCodes();
    expect(codes.length).toBeGreaterThan(25);
    expect(codes.filter((c) => !isAuditAction(c))).toEqual([]);
  });

  it("offers every action in the filter, A to Z by its name", () => {
    const options = auditActionOptions(auditActionWords("en-GB"), "en-GB");
    expect(options).toHaveLength(AUDIT_ACTIONS.length);
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en-GB")));
    expect(options).toContainEqual({ value: "user.role-change", label: "Role changed" });
  });

  it("names every action in Welsh too, A to Z in Welsh", () => {
    const options = auditActionOptions(auditActionWords("cy"), "cy");
    const labels = options.map((o) => o.label);
    expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "cy")));
    expect(options).toContainEqual({ value: "user.role-change", label: "Rôl wedi'i newid" });
  });

  it("knows its own codes only", () => {
    expect(isAuditAction("certificate.revoke")).toBe(true);
    expect(isAuditAction("constructor")).toBe(false);
    expect(isAuditAction(undefined)).toBe(false);
  });
});
