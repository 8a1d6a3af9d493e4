// Starts three real OpenID Connect issuers for the end-to-end tests: `tsx e2e/oidc/server.ts`.
//   generic      http://127.0.0.1:$OIDC_BASE_PORT       (default 3150)
//   entra-like   http://127.0.0.1:$OIDC_BASE_PORT + 1
//   google-like  http://127.0.0.1:$OIDC_BASE_PORT + 2
// Each has the client OIDC_CLIENT_ID / OIDC_CLIENT_SECRET with redirect URIs for the app on $E2E_PORT (default 3100):
// /api/auth/callback/{oidc,azure-ad,google}. Accounts: e2e/oidc/accounts.ts.
import {
  ENTRA_ACCOUNTS,
  GENERIC_ACCOUNTS,
  GOOGLE_ACCOUNTS,
  OIDC_BASE_PORT,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
} from "./accounts";
import { startOidcProvider, type OidcAccounts, type RunningOidcProvider } from "./provider";

const appOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const redirectUris = ["oidc", "azure-ad", "google"].map((id) => `${appOrigin}/api/auth/callback/${id}`);

const issuers: [name: string, offset: number, accounts: OidcAccounts][] = [
  ["generic", 0, GENERIC_ACCOUNTS],
  ["entra-like", 1, ENTRA_ACCOUNTS],
  ["google-like", 2, GOOGLE_ACCOUNTS],
];

const running: RunningOidcProvider[] = [];
let closing = false;
async function shutdown(code: number) {
  if (closing) return;
  closing = true;
  await Promise.allSettled(running.map((provider) => provider.close()));
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));

try {
  for (const [name, offset, accounts] of issuers) {
    running.push(
      await startOidcProvider({
        name,
        port: OIDC_BASE_PORT + offset,
        clientId: OIDC_CLIENT_ID,
        clientSecret: OIDC_CLIENT_SECRET,
        redirectUris,
        accounts,
      }),
    );
  }
} catch (error) {
  console.error("OIDC providers failed to start:", error);
  await shutdown(1);
}
console.log(`OIDC providers ready: ${issuers.map(([name], i) => `${name} ${running[i]?.issuer}`).join(", ")}`);
