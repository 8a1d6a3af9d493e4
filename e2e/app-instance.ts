// A second copy of the app from the same production build, for the specs that need one (another instance behind
// a load balancer, or a server to kill mid-write). The e2e server itself is started by e2e/server.ts.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { E2E_SECRET } from "./env";

export type TAppInstance = { url: string; process: ChildProcess; kill: (signal?: NodeJS.Signals) => void };

/**
 * Starts the app as `npm start` serves it (scripts/serve.ts: `workers` server processes sharing the port) on
 * 127.0.0.1:`port` against `databaseUrl`, and waits until /api/health answers.
 */
export async function startAppInstance(port: number, databaseUrl: string, workers = 1): Promise<TAppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const serve = path.join("scripts", "serve.ts");
  const child = spawn(process.execPath, ["--import", "tsx", serve, "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      WEB_CONCURRENCY: String(workers),
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: url,
    },
    stdio: "ignore",
    // Its own process group, so a kill reaches every server process too.
    detached: true,
  });
  const kill = (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, signal);
  };
  try {
    await waitUntilHealthy(url);
  } catch (error) {
    kill("SIGKILL");
    throw error;
  }
  return { url, process: child, kill };
}

/** Polls /api/health until it answers 200 (about 30 seconds at most). */
export async function waitUntilHealthy(url: string, tries = 150): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app at ${url} did not start.`);
}
