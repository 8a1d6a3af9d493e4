import { statusFor, type TErrorCode, type TErrorParams } from "./codes";
import { messageFor } from "./messages";

/**
 * The one error the application throws on purpose: a code (what went wrong, for the edge to word and to give a
 * status) and the values its message needs. Anything else thrown is a fault, or Next's redirect()/notFound().
 */
export class AppError extends Error {
  override name = "AppError";
  readonly code: TErrorCode;
  readonly params: TErrorParams;

  constructor(code: TErrorCode, params: TErrorParams = {}) {
    // The English wording as the message, so a log or an unexpected error page still says something useful.
    super(messageFor(code, params));
    this.code = code;
    this.params = params;
  }

  get status(): number {
    return statusFor(this.code);
  }
}

/** A refusal returned rather than thrown, by lib/ functions whose callers expect to handle it. */
export type TFailure = { ok: false; code: TErrorCode; params?: TErrorParams };

/** What a lib/ function that may refuse returns: its result, or a failure code. */
export type TResult<T = object> = ({ ok: true } & T) | TFailure;

export function failure(code: TErrorCode, params?: TErrorParams): TFailure {
  return params ? { ok: false, code, params } : { ok: false, code };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
