import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/client";
import { authOptions } from "./options";
import type { TRole } from "./roles";
import { isSessionCurrent } from "./session-policy";

/** The acting user, as every lib/ function that reads or writes records expects it. */
export type TActor = { id: string; name: string; email: string; role: TRole; organisationId: string };

/**
 * The signed-in user, re-read from the database once per request: the session only names them,
 * the database says whether they are still active, what their role is now, and whether this session
 * was ended (signed out, password reset, deactivated, role changed, "sign out of all devices") or is
 * older than the absolute limit.
 */
export const getCurrentUser = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, organisationId: true, active: true, sessionVersion: true },
  });
  if (!user?.active) return null;
  if (!isSessionCurrent(session.user, user.sessionVersion, Math.floor(Date.now() / 1000))) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, organisationId: user.organisationId };
});

/** For pages and layouts: the user, or a redirect to sign in. */
export async function requireUser(): Promise<TActor> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages and layouts: the user if their role may enter, else a 403 page. */
export async function requireRole(...roles: readonly TRole[]): Promise<TActor> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}
