import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/client";
import { READING_SELECT, settingsOfRow } from "../reading/columns";
import type { TReadingSettings } from "../reading/settings";
import { getAuthSecret } from "../env";
import { claimsOfToken, openClaims, SESSION_CLAIMS_HEADER, type TSessionClaims } from "./session-claims";
import { sessionCookieName } from "./session-cookie-name";
import type { TRole } from "./roles";
import { isSessionCurrent } from "./session-policy";
import { STAGE_SELECT, stageOf, type TSessionStage } from "./second-factor/policy";

/** The acting user, as every lib/ function that reads or writes records expects it. */
export type TActor = { id: string; name: string; email: string; role: TRole; organisationId: string };

export type TSignInState = {
  actor: TActor;
  stage: TSessionStage;
  hasAuthenticator: boolean;
  /** The person's own interface language (null: their organisation's) and their organisation's default. */
  language: { personal: string | null; organisation: string };
  /** What the session token says, for marking it as having passed the second factor. */
  claims: { id: string; sessionVersion: number; authTime: number; sso: boolean };
  /** Their reading settings, read here so that the layout, which applies them to every page, needs no query. */
  reading: TReadingSettings;
};

/**
 * Who this request's session belongs to and how far it has got (see sessionStage), re-read from the database
 * once per request: the session only names them, the database says whether they are still active, what their
 * role is now, whether they have an authenticator, and whether this session was ended (signed out, password
 * reset, deactivated, role changed, "sign out of all devices") or is older than the absolute limit.
 */
export const getSignInState = cache(async (): Promise<TSignInState | null> => {
  const claims = await sessionClaims();
  const id = claims?.id;
  if (!claims || !id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      organisationId: true,
      active: true,
      sessionVersion: true,
      // Read here so that the page's language costs no query of its own (lib/i18n/current-locale.ts).
      language: true,
      ...STAGE_SELECT,
      ...READING_SELECT,
      organisation: { select: { ...STAGE_SELECT.organisation.select, defaultLanguage: true } },
    },
  });
  if (!user?.active) return null;
  // Single sign-on never admits an administrator; a token that says otherwise was made in a race with a promotion
  // (which ends sessions) and is no session at all: not even the code or setup step may use it.
  if (claims.sso && user.role === "ADMIN") return null;
  if (!isSessionCurrent(claims, user.sessionVersion, Math.floor(Date.now() / 1000))) return null;
  const hasAuthenticator = user.totpEnabledAt !== null;
  return {
    actor: { id: user.id, name: user.name, email: user.email, role: user.role, organisationId: user.organisationId },
    stage: stageOf(user, claims),
    hasAuthenticator,
    language: { personal: user.language, organisation: user.organisation.defaultLanguage },
    claims: {
      id: user.id,
      sessionVersion: user.sessionVersion,
      authTime: claims.authTime as number,
      sso: claims.sso,
    },
    reading: settingsOfRow(user),
  };
});

/**
 * What this request's session cookie says: as proxy.ts decrypted it (lib/auth/session-claims.ts), or decrypted here
 * when proxy.ts did not hand it over or the cookie has changed since (a server action that signed in or out).
 * Sessions never renew past SESSION_HOURS from sign-in, so nothing is written back: next-auth's getServerSession
 * would also encrypt a renewed cookie on every call, which a page cannot set anyway.
 */
async function sessionClaims(): Promise<TSessionClaims | null> {
  const cookie = (await cookies()).get(sessionCookieName())?.value;
  if (!cookie) return null;
  const handedOver = openClaims((await headers()).get(SESSION_CLAIMS_HEADER), cookie);
  if (handedOver) return handedOver;
  try {
    return claimsOfToken(await decode({ token: cookie, secret: getAuthSecret() }));
  } catch {
    return null; // a cookie that is not a token of ours (altered, or from before the secret changed)
  }
}

/**
 * The signed-in user, when their session is a full one: this is the one place that decides whether a request is
 * signed in. A session still waiting for its second factor, or whose person must first set one up, is not.
 */
export const getCurrentUser = cache(async (): Promise<TActor | null> => {
  const state = await getSignInState();
  return state?.stage === "full" ? state.actor : null;
});

/** Where a session that is not yet a full one is sent: the code page, or the setup page. */
export const SECOND_FACTOR_PATHS = { "code-needed": "/login/code", "setup-needed": "/two-step/setup" } as const;

/** For pages and layouts: the user, or a redirect to sign in (or to finish signing in). */
export async function requireUser(): Promise<TActor> {
  const state = await getSignInState();
  if (!state) redirect("/login");
  if (state.stage !== "full") redirect(SECOND_FACTOR_PATHS[state.stage]);
  return state.actor;
}

/** For pages and layouts: the user if their role may enter, else a 403 page. */
export async function requireRole(...roles: readonly TRole[]): Promise<TActor> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}
