// `npm start`: prepare the database, make sure a build exists and is current, then serve it with one process per
// core (WEB_CONCURRENCY to choose; see scripts/serve.ts).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";
import { serve, workersFromEnvironment } from "./serve";

const root = process.cwd();
const port = process.env.PORT ?? "3000";

function ensureSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  if (process.env.NODE_ENV === "production") {
    console.error(
      "NEXTAUTH_SECRET must be set in production (at least 32 random characters, e.g. `openssl rand -base64 32`).",
    );
    process.exit(1);
  }
  // The demo keeps a generated secret beside its database, so sessions survive restarts.
  const file = path.join(root, "data", ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((max, entry) => Math.max(max, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

function buildIfNeeded(): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const sources = [
    "app",
    "components",
    "lib",
    "content",
    "public",
    "proxy.ts",
    "next.config.js",
    "package-lock.json",
    "app/globals.css",
  ];
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt && sources.every((s) => newestMtime(path.join(root, s)) <= builtAt)) return;
  console.log(
    builtAt
      ? "Sources changed since the last build: rebuilding…"
      : "No production build yet: building (about a minute)…",
  );
  const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const workers = workersFromEnvironment();
ensureSecret();
await prepareDatabase({ seed: true });
buildIfNeeded();

process.exit(await serve({ port, workers }));
