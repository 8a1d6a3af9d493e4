// Everything a benchmark run is configured by, in one place, so two runs can be compared knowingly.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { databaseProvider, type TDatabaseProvider } from "../lib/db/provider";
import { sqlitePath } from "../scripts/prepare-db";

/** The scale the issue asks for: 50 organisations, 50,000 learners, one organisation of 5,000. */
export const SCALE = {
  organisations: 50,
  learners: 50_000,
  bigOrganisationLearners: 5_000,
  completions: 30_000,
} as const;

export const CONNECTIONS = 50;
/** Seconds each load test runs for (BENCH_DURATION overrides, e.g. 3 for a quick smoke run). */
export const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
export const PORT = Number(process.env.BENCH_PORT ?? 3300);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Every synthetic account has this password: hashing 50,000 distinct ones with argon2id would take hours. */
export const BENCH_PASSWORD = "benchmark-password-not-secret";
/** A fresh secret each run: it signs the sessions and the quiz tokens the load generator mints. */
export const BENCH_SECRET = randomBytes(32).toString("base64url");

export const BENCH_ORG_SLUG_PREFIX = "bench-org-";
export const BIG_ORG_TRAINER_EMAIL = "trainer@bench-org-00.bench.example";
export const ADMIN_EMAIL = "admin@bench.example";

export type TBenchDatabase = {
  url: string;
  provider: TDatabaseProvider;
  /** SQLite only: the database file. */ file: string | null;
  /** For messages. */ name: string;
};

/**
 * The benchmark database: DATABASE_URL when set, else data/bench.db (git-ignored with /data/). A postgresql://
 * URL benchmarks PostgreSQL; that database is dropped and created again by each seeding run.
 */
export function benchDatabase(): TBenchDatabase {
  const url = process.env.DATABASE_URL ?? "file:./data/bench.db";
  const provider = databaseProvider(url);
  const file = sqlitePath(url);
  if (provider === "postgresql" || !file)
    return {
      url,
      provider,
      file: null,
      name: `PostgreSQL database "${decodeURIComponent(new URL(url).pathname.slice(1))}"`,
    };
  return { url, provider, file, name: path.relative(process.cwd(), file) };
}

/** The targets of issue 7; `higher` says which direction is better. */
export const TARGETS = {
  seedSeconds: { limit: 120, higher: false },
  lessonShareOfStatic: { limit: 0.4, higher: true },
  lessonP99Ms: { limit: 100, higher: false },
  dashboardP99Ms: { limit: 300, higher: false },
  exportSeconds: { limit: 3, higher: false },
  exportMemoryMb: { limit: 100, higher: false },
  certificateMs: { limit: 50, higher: false },
  bulkPdfSeconds: { limit: 10, higher: false },
  quizPerSecond: { limit: 300, higher: true },
  quizLost: { limit: 0, higher: false },
  firstLoadJsKb: { limit: 150, higher: false },
} as const;
