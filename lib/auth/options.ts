import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client";
import { getAuthSecret } from "../env";
import { verifyPassword } from "./password";
import { isRole } from "./roles";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export const authOptions: NextAuthOptions = {
  // A getter so that importing this module (e.g. during `next build`) does not need the secret.
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, name: true, email: true, role: true, organisationId: true, active: true, passwordHash: true },
        });
        // Always verify, even with no such user, so the answer takes the same time either way.
        const valid = await verifyPassword(user?.passwordHash, parsed.data.password);
        if (!user || !valid || !user.active) return null;
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return { id: user.id, name: user.name, email: user.email, role: user.role, organisationId: user.organisationId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.organisationId = user.organisationId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && isRole(token.role) && typeof token.organisationId === "string") {
        session.user = { ...session.user, id: token.sub, role: token.role, organisationId: token.organisationId };
      }
      return session;
    },
  },
};
