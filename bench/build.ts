// A production build, rebuilt only when the sources are newer than it: the rule scripts/start.ts
// applies (it cannot be imported from there, since that module starts the server when loaded).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// As scripts/start.ts, plus the generated Prisma client (a schema change reaches the build through it).
const SOURCES = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
  "instrumentation.ts",
  "generated",
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((max, entry) => Math.max(max, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

/** Builds when needed; returns the seconds spent building, or null when the existing build was current. */
export function buildIfNeeded(root = process.cwd()): number | null {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt && SOURCES.every((s) => newestMtime(path.join(root, s)) <= builtAt)) return null;
  console.log(builtAt ? "Sources changed since the last build: rebuilding…" : "No production build yet: building…");
  const started = performance.now();
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  return (performance.now() - started) / 1000;
}
