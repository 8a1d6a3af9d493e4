import { publicBaseUrl } from "../env";

/** Secure cookies whenever the site is served over HTTPS, as next-auth would decide from NEXTAUTH_URL. */
export function usesSecureCookies(): boolean {
  return publicBaseUrl().startsWith("https://");
}

/** next-auth's session cookie, as next-auth names it. */
export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}
