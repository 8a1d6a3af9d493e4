import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";

test("the production server refuses to start without a real NEXTAUTH_SECRET, and says why", async () => {
  const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: "file:./data/e2e.db" };
  delete env.NEXTAUTH_SECRET;
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", "3299", "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => { server.kill("SIGKILL"); resolve(null); }, 30_000);
    server.on("exit", (c) => { clearTimeout(timer); resolve(c); });
  });
  expect(code).toBe(1);
  expect(output).toContain("Refusing to start: NEXTAUTH_SECRET is not set");
});
