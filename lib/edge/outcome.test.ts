import { describe, expect, it } from "vitest";
import { AppError, failure } from "../errors";
import { errorResponse, refusalMessage, roleRefusal, unwrap } from "./outcome";

describe("an AppError at the edge", () => {
  it("becomes a form's message, worded from the catalogue", () => {
    expect(refusalMessage(new AppError("INVITATION_ACCOUNT_EXISTS", { email: "a@example.org" }))).toBe(
      "a@example.org already has an account.",
    );
  });

  it("is the only thing turned into a message: redirects, notFound() and faults are left to be rethrown", () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    expect(refusalMessage(redirect)).toBeNull();
    expect(refusalMessage(new Error("boom"))).toBeNull();
    expect(refusalMessage("a string")).toBeNull();
  });

  it("becomes a JSON answer { error, code } with the code's status, and any headers asked for", async () => {
    const response = errorResponse(new AppError("SELECTION_TOO_LARGE", { max: 500 }), {
      headers: { "Cache-Control": "private, no-store" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({
      error: "Select at most 500 people for one PDF.",
      code: "SELECTION_TOO_LARGE",
    });
    expect(errorResponse(new AppError("SIGN_IN_REQUIRED")).status).toBe(401);
    expect(errorResponse(new AppError("ORGANISATION_NOT_MANAGED")).status).toBe(403);
  });
});

describe("role refusals", () => {
  it("name who may, from the roles allowed", () => {
    expect(roleRefusal(["TRAINER", "ADMIN"], "import-people").message).toBe(
      "Only trainers and administrators can import people.",
    );
    expect(roleRefusal(["ADMIN"], "revoke-certificates").message).toBe("Only administrators can revoke certificates.");
    expect(roleRefusal(["ADMIN"], "revoke-certificates").status).toBe(403);
  });
});

describe("unwrap", () => {
  it("gives back a success and throws a returned failure as an AppError", () => {
    expect(unwrap({ ok: true as const, email: "a@b.c" })).toEqual({ ok: true, email: "a@b.c" });
    expect(() => unwrap(failure("IMPORT_ALREADY_APPLIED"))).toThrow(AppError);
    expect(() => unwrap(failure("IMPORT_ALREADY_APPLIED"))).toThrow("This import has already been applied.");
    // A refusal without a code is a fault, never read as a success.
    expect(() => unwrap({ ok: false } as { ok: boolean })).toThrow("without an error code");
  });
});
