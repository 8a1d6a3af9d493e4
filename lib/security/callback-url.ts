const PROBE_ORIGIN = "http://callback.invalid";

/**
 * Where to send someone after signing in: a path on this site, or "/", which sends each person to their own starting
 * page (lib/auth/landing.ts). The value is parsed as a browser would (which reads `\` as `/` and drops tabs and
 * newlines, so `/\evil.example` and `/%09/evil.example` name another host) and kept only if it stays on this
 * origin; what is returned is the parsed path, so the browser is given exactly what was checked.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A path the parser turned into "//…" would name another host when used as a relative URL.
  return path.startsWith("//") ? fallback : path;
}
