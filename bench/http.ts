// Plain HTTP helpers for the load generator: signing in as a browser does, and timed downloads.
import { currentCode } from "../lib/auth/second-factor/totp";
import { builtActions, encodeActionCall, readActionAnswer } from "../e2e/action-client";
import { BASE_URL } from "./config";
import { stepForNextCode, stepStartMs } from "./staff-authenticators";

const SESSION_COOKIE = "next-auth.session-token=";
const CODE_ACTION = "app/(sign-in-steps)/login/code/actions.ts#checkSignInCodeAction";

function cookiesFrom(response: Response): string[] {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter(Boolean);
}

const sessionCookieOf = (response: Response) =>
  cookiesFrom(response).find((c) => c.startsWith(SESSION_COOKIE) && c.length > SESSION_COOKIE.length);

/**
 * Signs in through next-auth's credentials flow (CSRF token, then the callback), as e2e/http-client.ts
 * does with Playwright, and returns the Cookie header value of the session. With authenticatorSecret (trainers and
 * administrators, who must use two-step verification), the second step too: without it their session could reach
 * only the code page.
 */
export async function signIn(email: string, password: string, authenticatorSecret?: string): Promise<string> {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesFrom(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = sessionCookieOf(response);
  if (!session) throw new Error(`signing in ${email} failed (${response.status})`);
  return authenticatorSecret ? giveCode(email, session, authenticatorSecret) : session;
}

/** The step of the last code given per person in this process: the app accepts each code once. */
const codeStepsGiven = new Map<string, number>();
let codeActionId: string | undefined;

/**
 * The second step, as the code page's form posts it (e2e/second-factor.ts giveCodeOverHttp does the same with
 * Playwright): the code from the person's authenticator to the page's server action, which answers with the
 * session cookie written again as a full session (lib/auth/session-cookie.ts markSecondFactorPassed).
 */
async function giveCode(email: string, passwordSession: string, secret: string): Promise<string> {
  codeActionId ??= builtActions().get(CODE_ACTION);
  if (!codeActionId) throw new Error(`${CODE_ACTION} is not in .next/server/server-reference-manifest.json`);
  const step = stepForNextCode(codeStepsGiven.get(email), Date.now());
  codeStepsGiven.set(email, step);
  const wait = stepStartMs(step) - Date.now();
  if (wait > 0) {
    console.log(`  (${email} signed in moments ago: waiting ${Math.ceil(wait / 1000)} s for their next code)`);
    await new Promise((r) => setTimeout(r, wait));
  }
  // (previousState, formData) as the code form sends them; its state starts as { message: null }.
  const fields = { code: currentCode(secret, stepStartMs(step)), callbackUrl: "/trainer" };
  const body = await encodeActionCall(fields, { message: null });
  const response = await fetch(`${BASE_URL}/login/code`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: passwordSession, "Next-Action": codeActionId, Accept: "text/x-component" },
    body,
  });
  const text = await response.text();
  const full = sessionCookieOf(response);
  if (full) return full;
  const answer = readActionAnswer(response.status, Object.fromEntries(response.headers), text);
  const said = answer.result?.message;
  const why =
    typeof said === "string" && said
      ? `the code page said "${said}" (the server can open a stored secret only if it was sealed with this run's BENCH_SECRET, as seeding and --no-seed's renewal do)`
      : answer.redirect
        ? `the server did not ask for a code (it sent the session on to ${answer.redirect.split(";")[0]}): ${email} has no authenticator in this database`
        : `HTTP ${response.status} ${text.slice(0, 200)}`;
  throw new Error(`the second step of signing in ${email} was refused: ${why}`);
}

/** Signs several learners in (password only), two at a time (argon2 verification is deliberately slow). */
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
