// Starts the production server (scripts/serve.ts) on the benchmark database in its own process group, and stops all of it.
import { spawn } from "node:child_process";
import path from "node:path";
import { BASE_URL, BENCH_SECRET, PORT } from "./config";

export type TServer = { pgid: number; stop(): Promise<void> };

async function waitUntilHealthy(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE_URL}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${BASE_URL}/api/health within ${timeoutMs / 1000} s`);
}

export async function startServer(databaseUrl: string): Promise<TServer> {
  const busy = await fetch(`${BASE_URL}/api/health`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`something already answers on ${BASE_URL}: stop it or set BENCH_PORT`);
  // Served as `npm start` serves it: scripts/serve.ts runs WEB_CONCURRENCY server processes (one per core unless set).
  const serve = path.join(process.cwd(), "scripts", "serve.ts");
  const child = spawn(process.execPath, ["--import", "tsx", serve, "-p", String(PORT), "-H", "127.0.0.1"], {
    // Its own process group, so that stopping it stops every server process too (see STACK_NOTES).
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: BASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
  });
  const pgid = child.pid;
  if (!pgid) throw new Error("could not start the server");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  try {
    await waitUntilHealthy(60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pgid, stop };
}
