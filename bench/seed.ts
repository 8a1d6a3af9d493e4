// Seeds the benchmark database from scratch: 50 organisations, 50,000 learners with a realistic
// spread of progress. Deterministic (seeded generator) so that runs compare. `tsx bench/seed.ts` alone
// seeds without benchmarking.
import { hashPassword } from "../lib/auth/password";
import { describeRenewalPolicy } from "../lib/certificates/renewal";
import { loadCourse } from "../lib/course/load";
import { prepareDatabase } from "../scripts/prepare-db";
import { BENCH_PASSWORD, BENCH_SECRET, benchDatabase } from "./config";
import { emptyBenchDatabase } from "./seed-reset";
import { createIdFactory } from "./ids";
import { createRandom } from "../lib/testing/random";
import { answerKey } from "./seed-answers";
import { generateHistory, type TLearningContext } from "./seed-learning";
import { planPeople } from "./seed-people";
import { assignStates } from "./seed-states";
import { openRowSink } from "./seed-sink";
import { createWriter, type TRowCounts } from "./seed-writer";
import { sealedBenchAuthenticator } from "./staff-authenticators";

const DAY = 24 * 60 * 60 * 1000;

export async function seedBenchmark(): Promise<{ seconds: number; counts: TRowCounts }> {
  const started = performance.now();
  const database = benchDatabase();
  await emptyBenchDatabase(database);
  process.env.DATABASE_URL = database.url;
  await prepareDatabase({ seed: false });

  const course = loadCourse(undefined, null).course;
  if (!course) throw new Error("content/ is invalid: run npm run content:check");
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = Date.now();
  const random = createRandom(7);
  const newId = createIdFactory(random, now - 500 * DAY);
  const { organisations, people } = planPeople(random, newId);
  const states = assignStates(random);
  const ctx: TLearningContext = {
    course,
    keys: new Map(course.modules.map((m) => [m.id, answerKey(m)])),
    now,
    random,
    newId,
  };
  const renewalPolicy = describeRenewalPolicy(course.renewal);

  const sink = await openRowSink(database);
  const writer = createWriter(sink, course, now - 500 * DAY);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  let learnerIndex = 0;
  try {
    for (const org of organisations) writer.organisation(org, newId);
    for (const person of people) {
      // Sealed with this process's server secret, which `npm run bench` gives the server it starts (a --no-seed
      // run, or a server started later, needs them sealed again: renewStaffAuthenticators).
      writer.person(
        person,
        passwordHash,
        person.role === "LEARNER" ? null : sealedBenchAuthenticator(person.email, BENCH_SECRET),
      );
      const org = orgById.get(person.organisationId)!;
      if (person.role !== "LEARNER") {
        writer.bareEnrolment(newId(), person);
        continue;
      }
      const state = states[learnerIndex++]!;
      const learner = {
        id: person.id,
        organisationId: org.id,
        organisationName: org.name,
        name: person.name,
        trainerId: org.trainerId,
      };
      writer.history(generateHistory(ctx, learner, state), renewalPolicy);
      await sink.drain();
    }
    await sink.finish();
  } finally {
    await sink.close();
  }
  return { seconds: (performance.now() - started) / 1000, counts: writer.counts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { seconds, counts } = await seedBenchmark();
  console.log(`Seeded ${benchDatabase().name} in ${seconds.toFixed(1)} s:`, counts);
}
