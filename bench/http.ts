// Plain HTTP helpers for the load generator: signing in as a browser does, and timed downloads.
import { BASE_URL } from "./config";

function cookiesFrom(response: Response): string[] {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter(Boolean);
}

/**
 * Signs in through next-auth's credentials flow (CSRF token, then the callback), as e2e/http-client.ts
 * does with Playwright, and returns the Cookie header value of the session.
 */
export async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesFrom(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesFrom(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in ${email} failed (${response.status})`);
  return session;
}

/** Signs several people in, two at a time (argon2 verification is deliberately slow). */
export async function signInAll(emails: string[], password: string): Promise<string[]> {
  const cookies: string[] = new Array<string>(emails.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < emails.length; i = next++) cookies[i] = await signIn(emails[i]!, password);
  };
  await Promise.all([worker(), worker()]);
  return cookies;
}

/** GETs a path with a cookie and reads the whole body, timing it. */
export async function timedGet(path: string, cookie: string): Promise<{ status: number; ms: number; body: Buffer }> {
  const started = performance.now();
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, ms: performance.now() - started, body };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
