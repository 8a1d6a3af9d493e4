import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * proxy.ts decrypts the session cookie for every request; this hands what it found to the page, handler or action
 * that serves the request, so the cookie is decrypted once rather than twice. The claims travel in a request header
 * that proxy.ts always removes from what the browser sent, sealed with a key that exists only inside this server
 * process (proxy.ts runs in the same process as the pages): a header that does not carry this process's seal is
 * ignored, and the reader then decrypts the cookie itself. The seal also covers the cookie it was read from: a server
 * action that replaces or deletes the cookie (the second factor passed, signing out) and then renders a page in the
 * same request is seen with the cookie as it is now, not as it came in.
 */
export const SESSION_CLAIMS_HEADER = "x-safeguarding-session-claims";

/** What the session token says (lib/auth/options.ts writes it): who, which session version, when, which factors. */
export type TSessionClaims = {
  id: string;
  sessionVersion: unknown;
  authTime: unknown;
  secondFactor: boolean;
  sso: boolean;
};

const KEY = Symbol.for("safeguarding.session-claims-key");
function processKey(): Buffer {
  const holder = globalThis as unknown as Record<symbol, Buffer | undefined>;
  return (holder[KEY] ??= randomBytes(32));
}

function seal(payload: string): string {
  return createHmac("sha256", processKey()).update(payload).digest("base64url");
}

/** The claims of a decoded next-auth token, or null when it names nobody. */
export function claimsOfToken(token: Record<string, unknown> | null | undefined): TSessionClaims | null {
  if (!token || typeof token.sub !== "string" || !token.sub) return null;
  return {
    id: token.sub,
    sessionVersion: token.sessionVersion,
    authTime: token.authTime,
    secondFactor: token.secondFactor === true,
    sso: token.sso === true,
  };
}

const digest = (cookie: string) => createHmac("sha256", processKey()).update(`cookie:${cookie}`).digest("base64url");

/** The header value for claims decoded from `cookie`. */
export function sealClaims(claims: TSessionClaims, cookie: string): string {
  const payload = Buffer.from(JSON.stringify({ claims, cookie: digest(cookie) })).toString("base64url");
  return `${payload}.${seal(payload)}`;
}

/**
 * The claims proxy.ts sealed for this request, if they were decoded from the session cookie as it is now; null for a
 * missing, altered or foreign header, or a cookie that has changed since.
 */
export function openClaims(value: string | null | undefined, cookie: string | undefined): TSessionClaims | null {
  if (!value || !cookie) return null;
  const [payload, mac, extra] = value.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(seal(payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const sealed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      claims?: Record<string, unknown>;
      cookie?: string;
    };
    if (sealed.cookie !== digest(cookie) || !sealed.claims) return null;
    return claimsOfToken({ ...sealed.claims, sub: sealed.claims.id });
  } catch {
    return null;
  }
}
