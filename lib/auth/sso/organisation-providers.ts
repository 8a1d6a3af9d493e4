import { isSsoProvider, SSO_PROVIDER_IDS, type TSsoProviderId } from "./identity";

/**
 * The providers an organisation accepts, as stored on it (comma-separated ids). Unknown ids are dropped, so a
 * provider renamed or removed from the code never counts as accepted.
 */
export function parseSsoProviders(stored: string): TSsoProviderId[] {
  return stored
    .split(",")
    .map((id) => id.trim())
    .filter(isSsoProvider);
}

/** The stored form: known ids only, each once, in a fixed order so the audit trail's before/after compare. */
export function storeSsoProviders(ids: readonly string[]): string {
  const wanted = new Set(ids.filter(isSsoProvider));
  return SSO_PROVIDER_IDS.filter((id) => wanted.has(id)).join(",");
}
