import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/provider";

/** The environment, parsed once. The only reader of process.env in the app. */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  // PostgreSQL only: connections each instance keeps open (the server's max_connections is shared by all of them).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // Checked when a request needs it, not at import, so `next build` works without it.
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  // The site's public address: certificates' QR codes and verification links point here.
  NEXTAUTH_URL: z.url().optional(),
  // e.g. smtp://user:password@smtp.example.org:587. Without it, emails wait in the admin outbox.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Safeguarding online <no-reply@localhost>"),
  // Where people report a security problem with this site, for /.well-known/security.txt: an email address or
  // an https:// address, several separated by commas. Set it to someone who reads it.
  SECURITY_CONTACT: z.string().max(500).optional(),
  // The disclosure policy security.txt points at, e.g. your copy of SECURITY.md on your repository or website.
  SECURITY_POLICY_URL: z.url().optional(),
  // Where people report an accessibility problem, named in the accessibility statement (/accessibility): an email
  // address or an https:// address (a form). Without it, accessibility@ the site's own domain.
  ACCESSIBILITY_CONTACT: z.string().max(500).optional(),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: exposed directly).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Single sign-on: each provider is switched on by its client id and secret (README, "Single sign-on").
  SSO_ENTRA_CLIENT_ID: z.string().min(1).optional(),
  SSO_ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
  // "organizations" (any work account; each organisation names its own tenant here) or one tenant's id.
  SSO_ENTRA_TENANT: z.string().min(1).default("organizations"),
  // Only for a national cloud or a test provider: where Entra's OpenID configuration is read from.
  SSO_ENTRA_WELL_KNOWN: z.url().optional(),
  SSO_GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  SSO_GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  SSO_GOOGLE_WELL_KNOWN: z.url().optional(),
  // Any standard OpenID Connect provider (a council's or trust's own, or a broker in front of a SAML one).
  SSO_OIDC_ISSUER: z.url().optional(),
  SSO_OIDC_CLIENT_ID: z.string().min(1).optional(),
  SSO_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SSO_OIDC_NAME: z.string().min(1).max(60).default("your organisation's account"),
});

export type TEnv = z.infer<typeof ZEnv>;

let parsed: TEnv | undefined;

export function getEnv(): TEnv {
  if (parsed) return parsed;
  const result = ZEnv.safeParse(process.env);
  if (!result.success) {
    throw new Error(
      `Invalid environment: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  parsed = result.data;
  return parsed;
}

/** The secret that signs sessions and quiz submission tokens. */
export function getAuthSecret(): string {
  const secret = getEnv().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start`, which provides one.");
  return secret;
}

/**
 * The public base URL, without a trailing slash: from NEXTAUTH_URL, never from the request. A request's Host
 * header is the client's to set, and a link built from it (a password reset, an invitation) would carry its
 * token to whichever server the client named. Production refuses to start without NEXTAUTH_URL (instrumentation.ts);
 * elsewhere the development address stands in.
 */
export function publicBaseUrl(): string {
  return (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
