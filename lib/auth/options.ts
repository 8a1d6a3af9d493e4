import "server-only";
import type { NextAuthOptions } from "next-auth";
import { after } from "next/server";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client";
import { getAuthSecret } from "../env";
import type { TErrorCode } from "../errors/codes";
import { clientAddress } from "./client-address";
import { recordSignIn } from "./sign-in-history";
import { noticeAccountLock } from "./lock-notice";
import { verifyPassword } from "./password";
import { SESSION_SECONDS } from "./session-policy";
import { usesSecureCookies } from "./session-cookie-name";
import { isSignInLimited, recordSignInAttempt, signInKeys } from "./sign-in-attempts";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
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
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        const address = clientAddress(req?.headers);
        const keys = signInKeys(parsed.data.email, address);
        if (await isSignInLimited(keys)) {
          // The same work and the same answer whether or not the account exists.
          await verifyPassword(null, parsed.data.password);
          // next-auth hands this message to the sign-in form as the error: a code from lib/errors, worded there.
          throw new Error("SIGN_IN_RATE_LIMITED" satisfies TErrorCode);
        }
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, active: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true },
        });
        // Always verify, even with no such user, so the answer takes the same time either way.
        const valid = await verifyPassword(user?.passwordHash, parsed.data.password);
        const succeeded = !!user && valid && user.active;
        await recordSignInAttempt(keys, succeeded);
        if (!user || !succeeded) {
          // After the answer, so that it takes the same time whether or not the account exists.
          after(() =>
            noticeAccountLock(parsed.data.email).catch((error) =>
              console.error("[sign-in] lock notice failed:", error),
            ),
          );
          return null;
        }
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        // With an authenticator, the sign-in is complete (and recorded) only once the code is checked.
        if (!user.totpEnabledAt) await recordSignIn(user.id, "password", address);
        return { id: user.id, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  // The token only names the person and versions the session: getCurrentUser re-reads everything else (role,
  // organisation, name, whether they are active) from the database on every request, so nothing in it can go stale.
  // A fresh token at sign-in, not next-auth's default one, which would also carry the name and email.
  callbacks: {
    jwt({ token, user }) {
      // A password alone never passes the second factor: lib/auth/session-cookie.ts marks it after the code.
      if (user)
        return {
          sub: user.id,
          sessionVersion: user.sessionVersion,
          authTime: Math.floor(Date.now() / 1000),
          secondFactor: false,
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
        };
      return session;
    },
  },
  events: {
    // Signing out ends the person's sessions everywhere: a copy of this cookie must stop working too, and a
    // stateless token cannot be revoked on its own.
    async signOut({ token }) {
      if (token?.sub && typeof token.sessionVersion === "number") {
        await db.user.updateMany({
          where: { id: token.sub, sessionVersion: token.sessionVersion },
          data: { sessionVersion: { increment: 1 } },
        });
      }
    },
  },
};
