import { AppError, messageFor, type TFailure, type TLocale, type TRoleAction } from "../errors";
import type { TRole } from "../auth/roles";

/**
 * The pure half of the edge: deciding who may call, and turning an AppError into what a form or an API client is
 * told. Anything that is not an AppError is not answered here: it is a fault, or Next's redirect()/notFound(),
 * which work by throwing and must reach Next untouched.
 */

/** The refusal for a role that may not call, worded as "Only trainers and administrators can …". */
export function roleRefusal(roles: readonly TRole[], action: TRoleAction): AppError {
  return new AppError("ROLE_REQUIRED", { holders: roles.includes("TRAINER") ? "staff" : "admin", action });
}

/** Throws the failure a lib/ function returned, else gives back its success, so the work reads straight on. */
export function unwrap<T extends { ok: boolean }>(result: T | TFailure): Exclude<T, TFailure> {
  if (!result.ok) {
    // A refusal without a code cannot be worded: a fault, never a success.
    if (!("code" in result)) throw new Error("A lib/ function refused without an error code.");
    throw new AppError((result as TFailure).code, (result as TFailure).params);
  }
  return result as Exclude<T, TFailure>;
}

/** The message an AppError shows a person, or null for anything else (to be rethrown). */
export function refusalMessage(error: unknown, locale: TLocale = "en-GB"): string | null {
  return error instanceof AppError ? messageFor(error.code, error.params, locale) : null;
}

/** The JSON body and status an API client gets for an AppError: `{ error, code }`, as every handler answers. */
export function errorResponse(error: AppError, init: { headers?: HeadersInit; locale?: TLocale } = {}): Response {
  return Response.json(
    { error: messageFor(error.code, error.params, init.locale), code: error.code },
    { status: error.status, headers: init.headers },
  );
}
