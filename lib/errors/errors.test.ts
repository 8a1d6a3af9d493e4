import { describe, expect, it } from "vitest";
import { AppError, ERROR_STATUS, failure, messageFor, ROLE_ACTIONS, type TErrorCode } from "./index";

const codes = Object.keys(ERROR_STATUS) as TErrorCode[];

describe("the error catalogue", () => {
  it("words every code, and gives each an HTTP error status", () => {
    for (const code of codes) {
      expect(
        messageFor(code, { holders: "staff", action: "import-people", email: "a@b.c", max: 1, shape: "x" }),
        code,
      ).toMatch(/\S/);
      expect(ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400);
      expect(ERROR_STATUS[code], code).toBeLessThan(600);
    }
  });

  it("fills in params by name, and words role actions and holders from the catalogue", () => {
    expect(messageFor("INVITATION_ACCOUNT_EXISTS", { email: "sam@example.org" })).toBe(
      "sam@example.org already has an account.",
    );
    expect(messageFor("SELECTION_TOO_LARGE", { max: 500 })).toBe("Select at most 500 people for one PDF.");
    expect(messageFor("ROLE_REQUIRED", { holders: "staff", action: "import-people" })).toBe(
      "Only trainers and administrators can import people.",
    );
    expect(messageFor("ROLE_REQUIRED", { holders: "admin", action: "read-audit-log" })).toBe(
      "Only administrators can read the audit log.",
    );
  });

  it("leaves a placeholder whose param is missing as it is, rather than printing undefined", () => {
    expect(messageFor("INVITATION_ACCOUNT_EXISTS")).toBe("{email} already has an account.");
  });

  it("has a phrase for every role action", () => {
    for (const phrase of Object.values(ROLE_ACTIONS)) expect(phrase).toMatch(/^[a-z]/);
  });
});

describe("AppError", () => {
  it("carries its code, params, status and English message", () => {
    const error = new AppError("SELECTION_TOO_LARGE", { max: 3 });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("SELECTION_TOO_LARGE");
    expect(error.params).toEqual({ max: 3 });
    expect(error.status).toBe(400);
    expect(error.message).toBe("Select at most 3 people for one PDF.");
  });

  it("has a returned form for lib/ functions that answer rather than throw", () => {
    expect(failure("IMPORT_ALREADY_APPLIED")).toEqual({ ok: false, code: "IMPORT_ALREADY_APPLIED" });
  });
});
