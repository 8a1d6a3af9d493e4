import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";

/** An HTTP client signed in the way a browser is: CSRF token, then next-auth's credentials callback. */
export async function signInOverHttp(
  baseURL: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`signing in ${email} failed: ${response.status()}`);
  return api;
}
