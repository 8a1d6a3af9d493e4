import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { getAuthSecret } from "../env";
import { sessionCookieName, usesSecureCookies } from "./session-cookie-name";
import { SESSION_SECONDS } from "./session-policy";

/**
 * Marks this browser's session as having passed the second factor, by writing next-auth's session cookie again
 * with the same person, session version and sign-in time. Done here rather than through next-auth because the
 * code is checked by a server action (so the form works without JavaScript); the cookie is the one next-auth
 * reads (same name, encoding and options), and the session still ends SESSION_HOURS after the password was given.
 */
export async function markSecondFactorPassed(claims: {
  id: string;
  sessionVersion: number;
  authTime: number;
  sso: boolean;
}) {
  const token = await encode({
    token: {
      sub: claims.id,
      sessionVersion: claims.sessionVersion,
      authTime: claims.authTime,
      secondFactor: true,
      sso: claims.sso,
    },
    secret: getAuthSecret(),
    maxAge: SESSION_SECONDS,
  });
  const jar = await cookies();
  jar.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usesSecureCookies(),
    maxAge: SESSION_SECONDS,
  });
}

/**
 * Makes this browser forget its session: every next-auth session cookie (chunked ones too), deleted with the
 * attributes it was set with, since a browser ignores the deletion of a __Secure- cookie sent without Secure.
 */
export async function deleteSessionCookies() {
  const jar = await cookies();
  for (const cookie of jar.getAll())
    if (cookie.name.includes("next-auth.session-token"))
      jar.delete({ name: cookie.name, path: "/", secure: usesSecureCookies() });
}
