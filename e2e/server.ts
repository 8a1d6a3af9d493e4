// Starts the production build on a fresh database for the end-to-end tests.
import fs from "node:fs";
import { recreateDatabase } from "../lib/db/tooling/postgres-admin";
import { databaseProvider } from "../lib/db/provider";
import { prepareDatabase, sqlitePath } from "../scripts/prepare-db";
import { serve, workersFromEnvironment } from "../scripts/serve";
import { E2E_DATABASE_URL, E2E_SECRET } from "./env";
import { ENTRA_ISSUER, GENERIC_ISSUER, GOOGLE_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from "./oidc/accounts";

const port = process.env.E2E_PORT ?? "3100";
process.env.DATABASE_URL = E2E_DATABASE_URL;
process.env.NEXTAUTH_SECRET = E2E_SECRET;
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Single sign-on through the real OpenID Connect issuers e2e/oidc/server.ts runs on 127.0.0.1: a generic one, and
// stand-ins for Entra ID and Google (their addresses overridden, as for a national cloud).
Object.assign(process.env, {
  SSO_OIDC_ISSUER: GENERIC_ISSUER,
  SSO_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
  SSO_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
  SSO_OIDC_NAME: "Oakfield Trust login",
  SSO_ENTRA_CLIENT_ID: OIDC_CLIENT_ID,
  SSO_ENTRA_CLIENT_SECRET: OIDC_CLIENT_SECRET,
  SSO_ENTRA_WELL_KNOWN: `${ENTRA_ISSUER}/.well-known/openid-configuration`,
  SSO_GOOGLE_CLIENT_ID: OIDC_CLIENT_ID,
  SSO_GOOGLE_CLIENT_SECRET: OIDC_CLIENT_SECRET,
  SSO_GOOGLE_WELL_KNOWN: `${GOOGLE_ISSUER}/.well-known/openid-configuration`,
});

const file = sqlitePath(E2E_DATABASE_URL);
for (const suffix of ["", "-wal", "-shm", "-journal"]) if (file) fs.rmSync(file + suffix, { force: true });
if (databaseProvider(E2E_DATABASE_URL) === "postgresql") await recreateDatabase(E2E_DATABASE_URL);
await prepareDatabase({ seed: true });

// One server process: on CI's two cores a second one warms every route up again and competes with Chromium (it made
// the SQLite run 4-5 minutes slower). The specs that prove several processes share the database safely start their
// own multi-process instance from the same build (concurrency.spec.ts, crash.spec.ts), as instances.spec.ts does
// for a second instance on PostgreSQL.
process.env.WEB_CONCURRENCY ??= "1";
process.exit(await serve({ port, hostname: "127.0.0.1", workers: workersFromEnvironment() }));
