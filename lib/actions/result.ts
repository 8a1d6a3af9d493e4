import { z } from "zod";
import { TAccessDenied } from "../people/scope";

/** What every form's server action answers. */
export type TActionState = { ok: boolean; message: string | null; fieldErrors?: Record<string, string[] | undefined> };

/** Turns a zod failure into the form's field errors. */
export function invalid(error: z.ZodError, message = "Check the form and try again."): TActionState {
  return { ok: false, message, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> };
}

/** Runs an action's work, turning a refusal of access into a message rather than an error page. */
export async function guarded(work: () => Promise<TActionState>): Promise<TActionState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TAccessDenied) return { ok: false, message: error.message };
    throw error;
  }
}
