// Serves the production build with several Node processes (the cluster module), one per core by default or as
// many as WEB_CONCURRENCY says. Each process is a `next start` of its own; the primary shares the port between
// them, replaces one that dies, and stops them all on SIGINT or SIGTERM. Used by `npm start`, the e2e server and
// the benchmark; run directly as `node --import tsx scripts/serve.ts -p 3000 [-H 127.0.0.1]`.
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { shouldRestart, workerCount } from "../lib/server/concurrency";

export type TServeOptions = { port: string; hostname?: string; workers: number };

const STOP_GRACE_MS = 10_000;

/** Starts the workers and resolves with the exit code once they have all stopped. */
export function serve({ port, hostname, workers }: TServeOptions): Promise<number> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  cluster.setupPrimary({
    exec: nextBin,
    args: ["start", "-p", port, ...(hostname ? ["-H", hostname] : [])],
    // The workers are plain Node running Next's own CLI: none of the TypeScript loader this script runs under.
    execArgv: [],
  });
  const exits: number[] = [];
  let stopping = false;
  let exitCode = 0;

  return new Promise((resolve) => {
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      if (!running.length) return resolve(exitCode);
      for (const worker of running) worker.process.kill("SIGTERM");
      // A worker still finishing a long request after the grace period is stopped outright.
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {}))
          if (worker && !worker.isDead()) worker.process.kill("SIGKILL");
      }, STOP_GRACE_MS).unref();
    };

    cluster.on("exit", (worker, code, signal) => {
      if (stopping) {
        if (!Object.values(cluster.workers ?? {}).some((w) => w && !w.isDead())) resolve(exitCode);
        return;
      }
      const now = Date.now();
      exits.push(now);
      while (exits.length > 100) exits.shift(); // only the last minute's count: a long-lived server keeps no history
      const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      if (!shouldRestart(exits, now)) {
        console.error(`Server process ${worker.process.pid} ${how}; server processes keep stopping, so giving up.`);
        stop(1);
        return;
      }
      console.error(`Server process ${worker.process.pid} ${how}; starting another in its place.`);
      cluster.fork();
    });

    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0));
    for (let i = 0; i < workers; i++) cluster.fork();
    console.log(
      `Serving on http://${hostname ?? "localhost"}:${port} with ${workers} server process${workers === 1 ? "" : "es"} (WEB_CONCURRENCY).`,
    );
  });
}

/** The number of workers from WEB_CONCURRENCY, or a clear message and exit when it is not a usable number. */
export function workersFromEnvironment(): number {
  const count = workerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
  if (!count.ok) {
    console.error(count.message);
    process.exit(1);
  }
  return count.workers;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  });
  const code = await serve({
    port: values.port ?? process.env.PORT ?? "3000",
    hostname: values.hostname,
    workers: workersFromEnvironment(),
  });
  process.exit(code);
}
