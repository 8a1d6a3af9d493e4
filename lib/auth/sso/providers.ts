import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TEnv } from "../../env";
import type { TSsoProviderId } from "./identity";

type TClaims = Record<string, unknown> & { sub?: string };

/**
 * An OpenID Connect provider as next-auth 4 runs it: the authorization code flow with PKCE, state and nonce all
 * checked, the person read from the ID token. Nothing is fetched from the provider beyond the standard endpoints
 * (next-auth's own Entra provider would also fetch a photo from Microsoft Graph).
 */
function openIdProvider(
  id: TSsoProviderId,
  name: string,
  wellKnown: string,
  clientId: string,
  clientSecret: string,
  params: Record<string, string> = {},
): OAuthConfig<TClaims> {
  return {
    id,
    name,
    type: "oauth",
    wellKnown,
    clientId,
    clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile", ...params } },
    // next-auth needs an id here; who the person is here is decided in the signIn callback (lib/auth/sso/admit.ts).
    profile: (claims) => ({ id: String(claims.sub ?? ""), sessionVersion: 0 }),
  };
}

/** The single sign-on providers switched on by the environment, in the order the sign-in page shows them. */
export function ssoProviders(env: TEnv): OAuthConfig<TClaims>[] {
  const providers: OAuthConfig<TClaims>[] = [];
  if (env.SSO_ENTRA_CLIENT_ID && env.SSO_ENTRA_CLIENT_SECRET)
    providers.push(
      openIdProvider(
        "azure-ad",
        "Microsoft",
        env.SSO_ENTRA_WELL_KNOWN ??
          `https://login.microsoftonline.com/${env.SSO_ENTRA_TENANT}/v2.0/.well-known/openid-configuration`,
        env.SSO_ENTRA_CLIENT_ID,
        env.SSO_ENTRA_CLIENT_SECRET,
      ),
    );
  if (env.SSO_GOOGLE_CLIENT_ID && env.SSO_GOOGLE_CLIENT_SECRET)
    providers.push(
      openIdProvider(
        "google",
        "Google",
        env.SSO_GOOGLE_WELL_KNOWN ?? "https://accounts.google.com/.well-known/openid-configuration",
        env.SSO_GOOGLE_CLIENT_ID,
        env.SSO_GOOGLE_CLIENT_SECRET,
        // Always offer the account chooser: on a shared staffroom computer the last person's account is not yours.
        { prompt: "select_account" },
      ),
    );
  if (env.SSO_OIDC_ISSUER && env.SSO_OIDC_CLIENT_ID && env.SSO_OIDC_CLIENT_SECRET)
    providers.push(
      openIdProvider(
        "oidc",
        env.SSO_OIDC_NAME,
        `${env.SSO_OIDC_ISSUER.replace(/\/+$/, "")}/.well-known/openid-configuration`,
        env.SSO_OIDC_CLIENT_ID,
        env.SSO_OIDC_CLIENT_SECRET,
      ),
    );
  return providers;
}

/** The providers switched on, by id and the name people know them by ("Microsoft", "Google", the council's). */
export function ssoProviderNames(env: TEnv): { id: TSsoProviderId; name: string }[] {
  return ssoProviders(env).map((p) => ({ id: p.id as TSsoProviderId, name: p.name }));
}
