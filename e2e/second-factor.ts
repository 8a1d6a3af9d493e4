import type { APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "../generated/prisma/client";
import { sealSecret } from "../lib/auth/second-factor/secret-box";
import { currentCode, newTotpSecret } from "../lib/auth/second-factor/totp";
import { builtActions, callAction } from "./action-client";
import { E2E_SECRET } from "./env";

/**
 * Authenticators of the people the suite makes, by email: trainers and administrators must use two-step
 * verification, so newPerson sets one up for them as they would, and the sign-in helpers give its code.
 */
const authenticators = new Map<string, { userId: string; secret: string }>();

/** Sets up an authenticator for a person, stored as the app stores one (sealed with the server's secret). */
export async function giveAuthenticator(db: PrismaClient, person: { id: string; email: string }): Promise<string> {
  const secret = newTotpSecret();
  await db.user.update({
    where: { id: person.id },
    data: { totpSecret: sealSecret(secret, E2E_SECRET), totpEnabledAt: new Date(), totpLastStep: null },
  });
  authenticators.set(person.email, { userId: person.id, secret });
  return secret;
}

export function authenticatorOf(email: string): { userId: string; secret: string } | undefined {
  return authenticators.get(email);
}

/**
 * The code the person's app shows now. Each code is accepted once, and a test may sign the same person in twice
 * within one 30-second step: the suite forgets the last step used first (replay refusal has its own tests).
 */
export async function codeFor(db: PrismaClient, email: string): Promise<string> {
  const entry = authenticators.get(email);
  if (!entry) throw new Error(`${email} has no authenticator`);
  await db.user.update({ where: { id: entry.userId }, data: { totpLastStep: null } });
  return currentCode(entry.secret);
}

/** The second step of signing in over HTTP: the code page's action, as its form posts it. */
export async function giveCodeOverHttp(api: APIRequestContext, db: PrismaClient, email: string): Promise<void> {
  const id = builtActions().get("app/(sign-in-steps)/login/code/actions.ts#checkSignInCodeAction");
  if (!id) throw new Error("the code action is not in the build");
  const answer = await callAction(
    api,
    id,
    "/login/code",
    { code: await codeFor(db, email), callbackUrl: "/course" },
    {
      message: null,
    },
  );
  if (!answer.redirect)
    throw new Error(`the code for ${email} was refused: ${answer.status} ${answer.body.slice(0, 300)}`);
}

/** Takes a person's authenticator away, as if they never set one up (or an administrator reset it). */
export async function removeAuthenticator(db: PrismaClient, person: { id: string; email: string }): Promise<void> {
  await db.user.update({
    where: { id: person.id },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
  });
  authenticators.delete(person.email);
}

/** Records an authenticator the browser set up (from the key the setup page shows), for later sign-ins. */
export function rememberAuthenticator(person: { id: string; email: string }, secret: string): void {
  authenticators.set(person.email, { userId: person.id, secret });
}
