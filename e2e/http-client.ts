import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "../lib/db/create-client";
import { E2E_DATABASE_URL } from "./env";
import { authenticatorOf, giveCodeOverHttp } from "./second-factor";

/**
 * An HTTP client signed in the way a browser is: CSRF token, then next-auth's credentials callback, then (for a
 * person with an authenticator) the code page's action.
 */
export async function signInOverHttp(
  baseURL: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  { passwordOnly = false }: { passwordOnly?: boolean } = {},
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`signing in ${email} failed: ${response.status()}`);
  if (authenticatorOf(email) && !passwordOnly) {
    const db = createPrismaClient(E2E_DATABASE_URL, { poolSize: 1 });
    try {
      await giveCodeOverHttp(api, db, email);
    } finally {
      await db.$disconnect();
    }
  }
  return api;
}
