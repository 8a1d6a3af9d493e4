import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { AppError, CATALOGUES, ERROR_STATUS, failure, messageFor, ROLE_ACTIONS, type TErrorCode } from "./index";

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

/** The `{name}` placeholders of a wording, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the Welsh catalogue", () => {
  it("words every code, role action and holder that English does, with the same placeholders", () => {
    const english = CATALOGUES["en-GB"];
    for (const locale of LOCALES) {
      const catalogue = CATALOGUES[locale];
      for (const part of ["codes", "actions", "holders"] as const) {
        expect(Object.keys(catalogue[part]).sort(), `${locale} ${part}`).toEqual(Object.keys(english[part]).sort());
        for (const [key, text] of Object.entries(english[part])) {
          const translated = (catalogue[part] as Record<string, string>)[key] ?? "";
          expect(translated, `${locale} ${key}`).toMatch(/\S/);
          expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
        }
      }
    }
  });

  it("fills in params and words role actions and holders in Welsh", () => {
    expect(messageFor("ROLE_REQUIRED", { holders: "staff", action: "import-people" }, "cy")).toBe(
      "Dim ond hyfforddwyr a gweinyddwyr sy'n gallu mewnforio pobl.",
    );
    expect(messageFor("INVITATION_ACCOUNT_EXISTS", { email: "sam@example.org" }, "cy")).toBe(
      "Mae gan sam@example.org gyfrif eisoes.",
    );
    // English unchanged.
    expect(messageFor("SIGN_IN_FAILED", {}, "en-GB")).toBe(
      "That email and password do not match an active account. Check them and try again.",
    );
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
