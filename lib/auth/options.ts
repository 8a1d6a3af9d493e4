import "server-only";
import type { NextAuthOptions } from "next-auth";
import { after } from "next/server";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { getDefaultCourse } from "../course";
import { db } from "../db/client";
import { getAuthSecret, getEnv } from "../env";
import type { TErrorCode } from "../errors/codes";
import { clientAddress } from "./client-address";
import { endSessionsOnSignOut } from "./end-sessions";
import { recordSignIn } from "./sign-in-history";
import { admitSsoSignIn } from "./sso/admit";
import { identityFromClaims, isSsoProvider } from "./sso/identity";
import { ssoProviders } from "./sso/providers";
import { noticeAccountLock } from "./lock-notice";
import { STAGE_SELECT, stageOf } from "./second-factor/policy";
import { verifyPassword } from "./password";
import { SESSION_SECONDS } from "./session-policy";
import { usesSecureCookies } from "./session-cookie-name";
import { beginSignInAttempt, finishSignInAttempt, signInKeys } from "./sign-in-attempts";
import { signsInWithSsoOnly, SSO_ONLY_SELECT } from "./sso/password-rule";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/** Email and password: the account's password, then (where the person has one) their authenticator's code. */
const passwordProvider = CredentialsProvider({
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(credentials, req) {
    const parsed = ZCredentials.safeParse(credentials);
    if (!parsed.success) return null;
    const address = clientAddress(req?.headers);
    const keys = signInKeys(parsed.data.email, address);
    // Recorded as a failure before the password is checked, so a burst of guesses cannot outrun the limit.
    const attempt = await beginSignInAttempt(keys);
    if (attempt.limited) {
      // The same work and the same answer whether or not the account exists.
      await verifyPassword(null, parsed.data.password);
      // next-auth hands this message to the sign-in form as the error: a code from lib/errors, worded there.
      throw new Error("SIGN_IN_RATE_LIMITED" satisfies TErrorCode);
    }
    const user = await db.user.findUnique({
      where: { email: parsed.data.email },
      select: {
        id: true,
        active: true,
        passwordHash: true,
        sessionVersion: true,
        totpEnabledAt: true,
        ...SSO_ONLY_SELECT,
      },
    });
    // Always verify, even with no such user, so the answer takes the same time either way.
    const valid = await verifyPassword(user?.passwordHash, parsed.data.password);
    const succeeded = !!user && valid && user.active;
    await finishSignInAttempt(attempt, succeeded);
    if (!user || !succeeded) {
      // After the answer, so that it takes the same time whether or not the account exists.
      after(() =>
        noticeAccountLock(parsed.data.email).catch((error) => console.error("[sign-in] lock notice failed:", error)),
      );
      return null;
    }
    // An organisation that requires single sign-on: its people (administrators excepted, who keep a password and
    // a second factor as the way back in) use its button. Said only to someone who gave the right password.
    if (signsInWithSsoOnly(user)) throw new Error("SIGN_IN_USE_SSO" satisfies TErrorCode);
    // With an authenticator, the sign-in is complete (and recorded) only once the code is checked.
    if (!user.totpEnabledAt) await recordSignIn(user.id, "password", address);
    return { id: user.id, sessionVersion: user.sessionVersion };
  },
});

export const authOptions: NextAuthOptions = {
  // A getter so that importing this module (e.g. during `next build`) does not need the secret.
  get secret() {
    return getAuthSecret();
  },
  // Both: next-auth signs the first token with jwt.maxAge (30 days by default) and renewals with session.maxAge.
  // Renewal never goes past SESSION_HOURS from sign-in either: getCurrentUser checks authTime.
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  // Stated rather than left to next-auth, because lib/auth/session-cookie.ts writes the same cookie.
  get useSecureCookies() {
    return usesSecureCookies();
  },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  // A getter, so the single sign-on providers follow the environment the server runs with, not the build's.
  get providers() {
    return [passwordProvider, ...ssoProviders(getEnv())];
  },
  // The token only names the person and versions the session: getCurrentUser re-reads everything else (role,
  // organisation, name, whether they are active) from the database on every request, so nothing in it can go stale.
  // A fresh token at sign-in, not next-auth's default one, which would also carry the name and email.
  callbacks: {
    // Single sign-on: who the provider's account is here is decided by admitSsoSignIn; a refusal goes back to the
    // sign-in page with its code. The password provider has decided already (authorize).
    async signIn({ user, account, profile }) {
      if (!account || !isSsoProvider(account.provider)) return true;
      const identity = identityFromClaims(account.provider, (profile ?? {}) as Record<string, unknown>);
      if (!identity) return `/login?error=${"SSO_NO_EMAIL" satisfies TErrorCode}`;
      const admitted = await admitSsoSignIn(identity, getDefaultCourse(), clientAddress(await headers()));
      if (!admitted.ok) return `/login?error=${admitted.code}`;
      Object.assign(user, { id: admitted.userId, sessionVersion: admitted.sessionVersion, viaSso: true });
      return true;
    },
    jwt({ token, user }) {
      // A password alone never passes the second factor: lib/auth/session-cookie.ts marks it after the code. A
      // single sign-on is marked as one (sso), for the organisation's rule on trusting its provider's own factor.
      if (user)
        return {
          sub: user.id,
          sessionVersion: user.sessionVersion,
          authTime: Math.floor(Date.now() / 1000),
          secondFactor: false,
          sso: user.viaSso === true,
        };
      return token;
    },
    session({ session, token }) {
      if (token.sub)
        session.user = {
          id: token.sub,
          sessionVersion: token.sessionVersion,
          authTime: token.authTime,
          secondFactor: token.secondFactor === true,
          sso: token.sso === true,
        };
      return session;
    },
  },
  events: {
    // Signing out ends the person's sessions everywhere: a copy of this cookie must stop working too, and a
    // stateless token cannot be revoked on its own. Only a full session may do that: a password alone, still
    // waiting for its code, must not let whoever has it sign the person out of every device.
    async signOut({ token }) {
      if (!token?.sub || typeof token.sessionVersion !== "number") return;
      const user = await db.user.findUnique({ where: { id: token.sub }, select: STAGE_SELECT });
      if (!user || stageOf(user, token) !== "full") return;
      await endSessionsOnSignOut(token.sub, token.sessionVersion);
    },
  },
};
