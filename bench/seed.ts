// Seeds the benchmark database from scratch: 50 organisations, 50,000 learners with a realistic
// spread of progress. Deterministic (seeded generator) so that runs compare. `tsx bench/seed.ts` alone
// seeds without benchmarking.
import fs from "node:fs";
import Database from "better-sqlite3";
import { hashPassword } from "../lib/auth/password";
import { describeRenewalPolicy } from "../lib/certificates/renewal";
import { loadCourse } from "../lib/course/load";
import { prepareDatabase } from "../scripts/prepare-db";
import { BENCH_ORG_SLUG_PREFIX, BENCH_PASSWORD, benchDatabase } from "./config";
import { createIdFactory } from "./ids";
import { createRandom } from "../lib/testing/random";
import { answerKey } from "./seed-answers";
import { generateHistory, type TLearningContext } from "./seed-learning";
import { planPeople } from "./seed-people";
import { assignStates } from "./seed-states";
import { createWriter, type TRowCounts } from "./seed-writer";

const DAY = 24 * 60 * 60 * 1000;

/** Refuses to delete a database that holds anything but benchmark data (DATABASE_URL may point anywhere). */
function assertDisposable(file: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const sqlite = new Database(file, { readonly: true });
  try {
    const hasUsers = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'User'").get();
    if (!hasUsers) return;
    const users = (sqlite.prepare(`SELECT count(*) AS n FROM "User"`).get() as { n: number }).n;
    const bench = sqlite.prepare(`SELECT 1 FROM "Organisation" WHERE slug LIKE ? LIMIT 1`).get(`${BENCH_ORG_SLUG_PREFIX}%`);
    if (users > 0 && !bench) throw new Error(`${file} holds ${users} people and no benchmark data: refusing to replace it. Point DATABASE_URL at a benchmark database (default file:./data/bench.db).`);
  } finally {
    sqlite.close();
  }
}

export async function seedBenchmark(): Promise<{ seconds: number; counts: TRowCounts }> {
  const started = performance.now();
  const { url, file } = benchDatabase();
  assertDisposable(file);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = url;
  await prepareDatabase({ seed: false });

  const course = loadCourse(undefined, null).course;
  if (!course) throw new Error("content/ is invalid: run npm run content:check");
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = Date.now();
  const random = createRandom(7);
  const newId = createIdFactory(random, now - 500 * DAY);
  const { organisations, people } = planPeople(random, newId);
  const states = assignStates(random);
  const ctx: TLearningContext = { course, keys: new Map(course.modules.map((m) => [m.id, answerKey(m)])), now, random, newId };
  const renewalPolicy = describeRenewalPolicy(course.renewal);

  const sqlite = new Database(file);
  // Throwaway data written once: no journal and no fsync while seeding; WAL is restored at the end.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  const writer = createWriter(sqlite, course, now - 500 * DAY);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  let learnerIndex = 0;
  sqlite.transaction(() => {
    for (const org of organisations) writer.organisation(org, newId);
    for (const person of people) {
      writer.person(person, passwordHash);
      const org = orgById.get(person.organisationId)!;
      if (person.role !== "LEARNER") {
        writer.bareEnrolment(newId(), person);
        continue;
      }
      const state = states[learnerIndex++]!;
      const learner = { id: person.id, organisationId: org.id, organisationName: org.name, name: person.name, trainerId: org.trainerId };
      writer.history(generateHistory(ctx, learner, state), renewalPolicy);
    }
  })();
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return { seconds: (performance.now() - started) / 1000, counts: writer.counts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { seconds, counts } = await seedBenchmark();
  console.log(`Seeded ${benchDatabase().file} in ${seconds.toFixed(1)} s:`, counts);
}
