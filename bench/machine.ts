// What the figures were measured on, so that a later run on other hardware is not mistaken for a regression.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { getEnv } from "../lib/env";
import { workerCount } from "../lib/server/concurrency";
import type { TBenchDatabase } from "./config";

function read(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export function describeMachine(database: TBenchDatabase): string[] {
  const distro = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(read("/etc/os-release"))?.[1] ?? os.type();
  const cpu = /^model name\s*:\s*(.+)$/m.exec(read("/proc/cpuinfo"))?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  const nextVersion =
    (JSON.parse(read("node_modules/next/package.json") || "{}") as { version?: string }).version ?? "?";
  const commit = git("rev-parse", "--short", "HEAD");
  const processes = workerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
  const dirty = git("status", "--porcelain", "--untracked-files=no") ? " with uncommitted changes" : "";
  return [
    `${distro}, Linux ${os.release()}; ${cpu}, ${os.availableParallelism()} cores; ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory`,
    `Node ${process.version}, Next ${nextVersion}; database ${describeDatabase(database)}; ${processes.ok ? processes.workers : "?"} server process(es) (WEB_CONCURRENCY); server and load generator on the same machine, over 127.0.0.1`,
    `Load average when the run started: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}${commit ? `; commit ${commit}${dirty}` : ""}`,
  ];
}

function describeDatabase(database: TBenchDatabase): string {
  if (database.provider === "sqlite") return `SQLite (${database.url}, WAL)`;
  let version = "";
  try {
    version =
      execFileSync("psql", [database.url, "-Atc", "SHOW server_version"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      })
        .trim()
        .split(" ")[0] ?? "";
  } catch {
    // psql is not installed: the version is left out.
  }
  // The URL without its password, if it has one.
  const url = new URL(database.url);
  url.password = url.password ? "***" : "";
  return `PostgreSQL${version ? ` ${version}` : ""} (${url.toString()}, on the same machine; pool of ${getEnv().DATABASE_POOL_SIZE} connections)`;
}
