import "server-only";
import { db } from "../db/client";

const SHOWN = 10;

export type TSignInMethod =
  "password" | "password+app" | "password+recovery-code" | "sso:azure-ad" | "sso:google" | "sso:oidc";

/**
 * Records a completed sign-in (after the second factor, where there is one): in the person's own history, and as
 * their last sign-in, which trainers see. A password that still waits for its code is not a sign-in yet.
 */
export async function recordSignIn(
  userId: string,
  method: TSignInMethod,
  address: string,
  now = new Date(),
): Promise<void> {
  await db.$transaction([
    db.signInEvent.create({ data: { userId, method, address: address.slice(0, 100), createdAt: now } }),
    db.user.update({ where: { id: userId }, data: { lastSignInAt: now } }),
  ]);
}

/** The person's own most recent sign-ins, newest first: nobody else's. */
export async function recentSignIns(actor: { id: string }) {
  return db.signInEvent.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: SHOWN,
    select: { id: true, createdAt: true, method: true, address: true },
  });
}
