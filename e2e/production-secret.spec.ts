import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";

/** Starts `next start` in production with the given environment changes and returns its exit code and output. */
async function startProduction(
  change: (env: NodeJS.ProcessEnv) => void,
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: "file:./data/e2e.db",
    NEXTAUTH_SECRET: "Zq8v1RkT3mW9xYp2Lc7Hd4Nf6Bg0Js5A",
    NEXTAUTH_URL: "http://127.0.0.1:3299",
  };
  change(env);
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", "3299", "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    server.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, output };
}

test("the production server refuses to start without a real NEXTAUTH_SECRET, and says why", async () => {
  const { code, output } = await startProduction((env) => delete env.NEXTAUTH_SECRET);
  expect(code).toBe(1);
  expect(output).toContain("Refusing to start: NEXTAUTH_SECRET is not set");
});

test("the production server refuses to start without NEXTAUTH_URL, rather than build emailed links from the Host header", async () => {
  const { code, output } = await startProduction((env) => delete env.NEXTAUTH_URL);
  expect(code).toBe(1);
  expect(output).toContain("Refusing to start: NEXTAUTH_URL is not set");
});
