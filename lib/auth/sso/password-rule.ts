import type { TRole } from "../roles";

/** What decides whether a person (or an invitation's future person) may have a password: select it with this. */
export const SSO_ONLY_SELECT = { role: true, organisation: { select: { ssoRequired: true } } } as const;

/**
 * Whether they sign in only through their organisation's identity provider, with no password to use, reset or set:
 * their organisation requires single sign-on, and they are not an administrator (administrators keep a password and
 * authenticator as the way back in, and are never admitted through a provider).
 */
export function signsInWithSsoOnly(person: { role: TRole; organisation: { ssoRequired: boolean } }): boolean {
  return person.organisation.ssoRequired && person.role !== "ADMIN";
}
