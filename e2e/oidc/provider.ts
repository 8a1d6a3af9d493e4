// A real OpenID Connect provider (panva's oidc-provider) on plain http://127.0.0.1 for the end-to-end tests of
// single sign-on: authorization code flow with PKCE (S256) required, one confidential client, accounts from a table.
//
// At the provider a browser test does:
//   await page.getByLabel("Username").fill("new-starter");
//   await page.getByRole("button", { name: "Sign in" }).click();
// Consent is granted automatically (no second page). An unknown username is refused on the same page with
// role=alert "Unknown username." (HTTP 401); the "Cancel" button ends the request with error=access_denied.
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import Provider, { interactionPolicy, type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export type OidcAccounts = Record<string, Record<string, unknown>>;

export interface OidcProviderOptions {
  /** 0 (the default) takes a free port. */
  port?: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Keyed by login name; each account's claims (its `sub` is the login name). */
  accounts: OidcAccounts;
  /** Shown on the sign-in page, e.g. "Entra-like". */
  name?: string;
}

export interface RunningOidcProvider {
  /** http://127.0.0.1:<port>, no trailing slash. */
  issuer: string;
  close(): Promise<void>;
}

// Claims per scope. Entra's tid and Google's hd come with openid itself, as those providers put them in every
// ID token; the rest are the standard OIDC scope claims.
const CLAIMS: Configuration["claims"] = {
  openid: ["sub", "tid", "hd"],
  email: ["email", "email_verified"],
  profile: ["name", "given_name", "family_name", "preferred_username"],
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function loginPage(options: { title: string; action: string; login?: string; error?: string }): string {
  const error = options.error ? `<p role="alert">${escapeHtml(options.error)}</p>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title></head>
<body><main><h1>${escapeHtml(options.title)}</h1>${error}
<form method="post" action="${escapeHtml(options.action)}">
<label for="login">Username</label>
<input id="login" name="login" autocomplete="username" required value="${escapeHtml(options.login ?? "")}">
<button type="submit">Sign in</button>
<button type="submit" name="cancel" value="1" formnovalidate>Cancel</button>
</form></main></body></html>`;
}

async function readForm(ctx: KoaContextWithOIDC): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) ctx.throw(413, "form too large");
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Grants everything the consent prompt asks for (the client is first-party to these tests). */
async function grantConsent(provider: Provider, ctx: KoaContextWithOIDC): Promise<void> {
  const { prompt, grantId, session, params } = await provider.interactionDetails(ctx.req, ctx.res);
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session?.accountId, clientId: String(params.client_id) });
  if (!grant) ctx.throw(400, "grant not found");
  const details = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(" "));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  await provider.interactionFinished(
    ctx.req,
    ctx.res,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const { accounts } = options;
  const title = `${options.name ?? "Test identity provider"}: sign in`;

  // The issuer has to be known before the provider exists, so the port is reserved first by listening on a
  // plain server, then that server is handed the provider's callback.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: crypto.randomUUID(), alg: "RS256", use: "sig" };

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // oidc-provider accepts client_secret_post for a client registered with client_secret_basic and vice versa.
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [signingKey as never] },
    // Cookies of all the issuers (and the app) share the host 127.0.0.1: ports do not separate cookies, so each
    // issuer names its own. Secure is only set on https requests, so plain http works as it is.
    cookies: {
      keys: [crypto.randomBytes(32).toString("base64url")],
      names: { session: `_session_${port}`, interaction: `_interaction_${port}`, resume: `_resume_${port}` },
    },
    claims: CLAIMS,
    // Every claim of a granted scope goes into the ID token too (next-auth 4 reads the profile from the ID token).
    conformIdTokenClaims: false,
    scopes: ["openid", "email", "profile"],
    responseTypes: ["code"],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      // No token introspection, revocation or dynamic registration: the app only needs the code flow.
      introspection: { enabled: false },
      revocation: { enabled: false },
      registration: { enabled: false },
    },
    interactions: {
      // Google's prompt=select_account (the app asks for it, so a shared computer never signs in the last person):
      // a requestable prompt, answered by the same sign-in form, which is where a person picks their account.
      policy: [
        new interactionPolicy.Prompt({ name: "select_account", requestable: true }),
        ...interactionPolicy.base(),
      ],
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx, sub) {
      const claims = Object.hasOwn(accounts, sub) ? accounts[sub] : undefined;
      if (!claims) return undefined;
      return { accountId: sub, claims: () => ({ ...claims, sub }) };
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    // Error pages show the error in plain text, for a test's trace.
    async renderError(ctx, out) {
      ctx.type = "text/plain; charset=utf-8";
      ctx.body = Object.entries(out)
        .map(([key, value]) => `${key}: ${String(value)}`)
        .join("\n");
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = false;

  // The interaction: GET shows the sign-in form (or grants consent straight away); POST signs in.
  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(ctx.path);
    if (!match) return next();
    ctx.set("Cache-Control", "no-store");
    const oidc = ctx as unknown as KoaContextWithOIDC;
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const action = `/interaction/${details.uid}`;
    if (ctx.method === "GET") {
      if (details.prompt.name === "consent") return grantConsent(provider, oidc);
      if (details.prompt.name !== "login" && details.prompt.name !== "select_account")
        ctx.throw(501, `prompt ${details.prompt.name} not implemented`);
      ctx.type = "html";
      ctx.body = loginPage({ title, action, login: String(details.params.login_hint ?? "") });
      return;
    }
    if (ctx.method !== "POST") ctx.throw(405);
    const form = await readForm(oidc);
    if (form.get("cancel")) {
      return provider.interactionFinished(
        ctx.req,
        ctx.res,
        { error: "access_denied", error_description: "The person cancelled the sign-in." },
        { mergeWithLastSubmission: false },
      );
    }
    const login = form.get("login")?.trim() ?? "";
    if (!Object.hasOwn(accounts, login)) {
      ctx.status = 401;
      ctx.type = "html";
      ctx.body = loginPage({ title, action, login, error: "Unknown username." });
      return;
    }
    return provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: login }, select_account: {} },
      { mergeWithLastSubmission: false },
    );
  });

  server.on("request", provider.callback());

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
