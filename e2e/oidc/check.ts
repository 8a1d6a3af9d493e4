// Smoke test of the test identity provider (e2e/oidc/provider.ts): `tsx e2e/oidc/check.ts`.
// Runs the whole authorization code flow with PKCE over HTTP, as a browser and then next-auth would, against each
// kind of issuer on a free port, and verifies the ID token against the issuer's JWKS. Exits 1 on the first failure.
// (vitest.config.ts only collects tests under lib/, scripts/ and app/, so this is a script.)
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import {
  ENTRA_ACCOUNTS,
  ENTRA_TENANT_ID,
  GENERIC_ACCOUNTS,
  GOOGLE_ACCOUNTS,
  GOOGLE_DOMAIN,
  OIDC_CLIENT_ID as clientId,
  OIDC_CLIENT_SECRET as clientSecret,
} from "./accounts";
import { startOidcProvider, type OidcAccounts } from "./provider";

const redirectUri = "http://127.0.0.1:3100/api/auth/callback/oidc";

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  code_challenge_methods_supported: string[];
}

/** A browser in miniature: a cookie jar per host (cookies ignore ports, as browsers do) and manual redirects. */
class Browser {
  private cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until one leaves for the client's redirect URI (returned) or a page answers (returned). */
  async follow(url: string, init?: RequestInit): Promise<{ url: string; response?: Response }> {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10; hops++) {
      if (response.status < 300 || response.status >= 400) return { url, response };
      const location = response.headers.get("location");
      assert.ok(location, `redirect without a location from ${url}`);
      url = new URL(location, url).href;
      if (url.startsWith(redirectUri)) return { url };
      response = await this.request(url);
    }
    throw new Error("too many redirects");
  }
}

const base64url = (bytes: Buffer) => bytes.toString("base64url");

function authorizationRequest(discovery: Discovery, extra: Record<string, string> = {}) {
  const state = base64url(crypto.randomBytes(16));
  const nonce = base64url(crypto.randomBytes(16));
  const verifier = base64url(crypto.randomBytes(32));
  const challenge = base64url(crypto.createHash("sha256").update(verifier).digest());
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: "openid email profile",
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  return { url: url.href, state, nonce, verifier };
}

/** Drives the sign-in page: checks its labelled field and button, posts the login name. */
async function signInAt(browser: Browser, page: { url: string; response?: Response }, login: string) {
  assert.ok(page.response, "expected the sign-in page");
  assert.equal(page.response.status, 200);
  const html = await page.response.text();
  assert.match(html, /<label for="login">Username<\/label>/);
  assert.match(html, /<input id="login" name="login"/);
  assert.match(html, /<button type="submit">Sign in<\/button>/);
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  assert.ok(action, "form action");
  return browser.follow(new URL(action, page.url).href, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ login }).toString(),
  });
}

async function exchange(discovery: Discovery, code: string, verifier: string, method: "basic" | "post") {
  const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri });
  body.set("code_verifier", verifier);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (method === "basic") {
    const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
    headers.authorization = `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`;
  } else {
    body.set("client_id", clientId);
    body.set("client_secret", clientSecret);
  }
  const response = await fetch(discovery.token_endpoint, { method: "POST", headers, body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The whole flow for one login; returns the verified ID token's claims. */
async function codeFlow(discovery: Discovery, login: string, method: "basic" | "post" = "basic") {
  const browser = new Browser();
  const request = authorizationRequest(discovery);
  const page = await browser.follow(request.url);
  const callback = await signInAt(browser, page, login);
  assert.equal(callback.response, undefined, `expected a redirect to the client, got ${callback.response?.status}`);
  const params = new URL(callback.url).searchParams;
  assert.equal(params.get("state"), request.state, "state passed through");
  assert.equal(params.get("iss"), discovery.issuer, "RFC 9207 iss");
  const code = params.get("code");
  assert.ok(code, `code in ${callback.url}`);

  const wrong = await exchange(discovery, code, base64url(crypto.randomBytes(32)), method);
  assert.equal(wrong.status, 400, "a wrong PKCE verifier is refused");
  assert.equal(wrong.json.error, "invalid_grant");

  // The refused attempt consumed nothing: start again for the real exchange.
  const again = authorizationRequest(discovery);
  const second = await browser.follow(again.url); // the session remembers the login and the grant
  assert.equal(second.response, undefined, "an existing session goes straight back to the client");
  const secondCode = new URL(second.url).searchParams.get("code");
  assert.ok(secondCode);
  const tokens = await exchange(discovery, secondCode, again.verifier, method);
  assert.equal(tokens.status, 200, JSON.stringify(tokens.json));
  assert.equal(tokens.json.token_type, "Bearer");
  assert.equal(typeof tokens.json.access_token, "string");

  const { payload, protectedHeader } = await jwtVerify(
    String(tokens.json.id_token),
    createRemoteJWKSet(new URL(discovery.jwks_uri)),
    { issuer: discovery.issuer, audience: clientId },
  );
  assert.equal(protectedHeader.alg, "RS256");
  assert.equal(payload.nonce, again.nonce, "nonce passed through");
  assert.equal(payload.sub, login);

  // next-auth 4 reads the profile from userinfo instead for a provider without idToken: true (its azure-ad one).
  const userinfo = await fetch(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${String(tokens.json.access_token)}` },
  });
  assert.equal(userinfo.status, 200);
  const tokenOnly = new Set(["nonce", "aud", "iss", "iat", "exp", "auth_time", "sid", "at_hash"]);
  const claims = Object.fromEntries(Object.entries(payload).filter(([claim]) => !tokenOnly.has(claim)));
  assert.deepEqual(await userinfo.json(), claims, "userinfo has the ID token's claims");
  return payload;
}

function expectClaims(payload: JWTPayload, account: Record<string, unknown>) {
  for (const [claim, value] of Object.entries(account)) assert.deepEqual(payload[claim], value, `claim ${claim}`);
}

async function withIssuer(accounts: OidcAccounts, run: (discovery: Discovery) => Promise<void>) {
  const provider = await startOidcProvider({ clientId, clientSecret, redirectUris: [redirectUri], accounts });
  try {
    assert.match(provider.issuer, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
    const discovery = (await response.json()) as Discovery;
    assert.equal(discovery.issuer, provider.issuer);
    assert.deepEqual(discovery.code_challenge_methods_supported, ["S256"]);
    await run(discovery);
  } finally {
    await provider.close();
  }
}

const checks: [string, () => Promise<void>][] = [
  [
    "generic: code flow with PKCE, client_secret_basic; email, email_verified, names in the ID token",
    () =>
      withIssuer(GENERIC_ACCOUNTS, async (discovery) => {
        const payload = await codeFlow(discovery, "new-starter");
        expectClaims(payload, GENERIC_ACCOUNTS["new-starter"]);
        assert.equal(payload.tid, undefined);
        assert.equal(payload.hd, undefined);
        const unverified = await codeFlow(discovery, "unverified", "post");
        assert.equal(unverified.email_verified, false, "client_secret_post, email_verified false");
      }),
  ],
  [
    "entra-like: tid and preferred_username, no email_verified",
    () =>
      withIssuer(ENTRA_ACCOUNTS, async (discovery) => {
        const payload = await codeFlow(discovery, "entra-teacher");
        expectClaims(payload, ENTRA_ACCOUNTS["entra-teacher"]);
        assert.equal(payload.tid, ENTRA_TENANT_ID);
        assert.equal("email_verified" in payload, false);
      }),
  ],
  [
    "google-like: hd, and none for a consumer account",
    () =>
      withIssuer(GOOGLE_ACCOUNTS, async (discovery) => {
        const payload = await codeFlow(discovery, "google-teacher");
        expectClaims(payload, GOOGLE_ACCOUNTS["google-teacher"]);
        assert.equal(payload.hd, GOOGLE_DOMAIN);
        const consumer = await codeFlow(discovery, "google-consumer");
        assert.equal("hd" in consumer, false);
      }),
  ],
  [
    "an unknown login is refused at the sign-in page; Cancel returns access_denied",
    () =>
      withIssuer(GENERIC_ACCOUNTS, async (discovery) => {
        const browser = new Browser();
        const request = authorizationRequest(discovery);
        const page = await browser.follow(request.url);
        const refused = await signInAt(browser, page, "nobody");
        assert.equal(refused.response?.status, 401);
        const html = (await refused.response?.text()) ?? "";
        assert.match(html, /<p role="alert">Unknown username\.<\/p>/);
        const cancelled = await browser.follow(page.url, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "cancel=1",
        });
        const params = new URL(cancelled.url).searchParams;
        assert.equal(params.get("error"), "access_denied");
        assert.equal(params.get("state"), request.state);
      }),
  ],
  [
    "PKCE is required: a request without code_challenge is refused",
    () =>
      withIssuer(GENERIC_ACCOUNTS, async (discovery) => {
        const request = authorizationRequest(discovery);
        const url = new URL(request.url);
        url.searchParams.delete("code_challenge");
        url.searchParams.delete("code_challenge_method");
        const result = await new Browser().follow(url.href);
        const params = new URL(result.url).searchParams;
        assert.equal(params.get("error"), "invalid_request", result.url);
        assert.match(params.get("error_description") ?? "", /requires PKCE/);
      }),
  ],
];

let failed = false;
for (const [name, check] of checks) {
  try {
    await check();
    console.log(`ok   ${name}`);
  } catch (error) {
    failed = true;
    console.error(`FAIL ${name}\n`, error);
  }
}
process.exit(failed ? 1 : 0);
