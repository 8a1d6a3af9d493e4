import "server-only";
import { getSignInState } from "../auth/current-user";
import { DEFAULT_READING_SETTINGS, type TReadingSettings } from "./settings";

/**
 * The reading settings this request's pages are shown with: the signed-in person's own, or the defaults for
 * everyone else (signed out, or still to give their second factor: a password alone does not show someone's choices).
 */
export async function getRequestReadingSettings(): Promise<TReadingSettings> {
  const state = await getSignInState();
  return state?.stage === "full" ? state.reading : DEFAULT_READING_SETTINGS;
}
