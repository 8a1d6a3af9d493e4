// `npm run bench`: seed, build, serve, measure, report. See BENCHMARKS.md for the results so far.
//   --no-seed        reuse the benchmark database of the last run (for iterating on the benchmark)
//   --label "text"   a note for this run's entry, e.g. "before: dashboard without index"
//   --no-write       print the table only; leave BENCHMARKS.md alone
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCourse } from "../lib/course/load";
import { pickAccounts } from "./accounts";
import { buildIfNeeded } from "./build";
import { BENCH_PASSWORD, BENCH_SECRET, benchDatabase, TARGETS } from "./config";
import { openBenchReader } from "./database";
import { signIn, signInAll } from "./http";
import { describeMachine } from "./machine";
import { measureCertificates } from "./measure-certificates";
import { measureDashboard } from "./measure-dashboard";
import { measureExport } from "./measure-export";
import { measureFirstLoadJs } from "./measure-first-load-js";
import { measureFloors } from "./measure-floors";
import { measureItemAnalysis } from "./measure-item-analysis";
import { measureLessonPage } from "./measure-lesson";
import { measureQuizSubmissions } from "./measure-quiz";
import type { TMetric } from "./metrics";
import { learnerPages } from "./pages";
import { appendToBenchmarks, consoleTable, type TRun } from "./report";
import { checkSeededEnrolments } from "./seed-check";
import { seedBenchmark } from "./seed";
import { startServer } from "./server";
import { renewStaffAuthenticators } from "./renew-authenticators";
import { benchAuthenticatorSecret } from "./staff-authenticators";

const { values: args } = parseArgs({
  options: { "no-seed": { type: "boolean" }, label: { type: "string" }, "no-write": { type: "boolean" } },
});
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const database = (() => {
  try {
    return benchDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
})();
const run: TRun = {
  label: args.label,
  startedAt: new Date(),
  machine: describeMachine(database),
  metrics: [],
  details: [],
  failures: [],
};
const step = (text: string) => console.log(`\n▸ ${text}`);

/** One measurement; a failure is reported in the table rather than ending the run. */
async function measure(name: string, work: () => Promise<{ metrics: TMetric[]; details: string[] }>): Promise<void> {
  step(name);
  const started = performance.now();
  try {
    const result = await work();
    run.metrics.push(...result.metrics);
    run.details.push(...result.details);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`  failed: ${message}`);
    run.failures.push(`${name}: ${message}`);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (args["no-seed"]) {
  // Its staff's authenticators were sealed with that run's server secret; this run's server has a fresh one.
  const staff = await renewStaffAuthenticators(database, BENCH_SECRET);
  run.details.push(
    `Seeding skipped (--no-seed): the database of an earlier run was reused, including what its load tests wrote (its ${staff} trainers' and administrators' authenticators sealed again with this run's server secret).`,
  );
} else {
  step(`Seeding ${database.name}`);
  const seeded = await seedBenchmark();
  run.metrics.push({
    label: "Seeding the benchmark database",
    value: seeded.seconds,
    unit: "s",
    digits: 1,
    target: TARGETS.seedSeconds,
  });
  run.details.push(
    `Seeded: ${Object.entries(seeded.counts)
      .map(([table, n]) => `${n.toLocaleString("en-GB")} ${table}`)
      .join(", ")}.`,
  );
  const problems = await checkSeededEnrolments(database.url);
  run.details.push(
    problems.length
      ? `**Seeded enrolments disagree with the app's refreshEnrolment** (${problems.length}), e.g. ${problems[0]}.`
      : "A sample of 300 seeded enrolments matches what the app's own refreshEnrolment computes.",
  );
}

step("Building (if the sources changed since the last build)");
const built = buildIfNeeded();
console.log(built === null ? "  The existing build is current." : `  Built in ${built.toFixed(0)} s.`);

step("Starting the production server");
let server = await startServer(database.url);
const reader = await openBenchReader(database);
try {
  const course = loadCourse(undefined, null).course!;
  const accounts = await pickAccounts(reader);
  step("Signing in 100 learners, a trainer and an administrator (with their authenticators' codes)");
  const [readers, quizTakers, [trainer, admin]] = [
    await signInAll(
      accounts.readers.map((a) => a.email),
      BENCH_PASSWORD,
    ),
    await signInAll(
      accounts.quizTakers.map((a) => a.email),
      BENCH_PASSWORD,
    ),
    // Once each, the cookies reused throughout: each code is accepted once, as for a real trainer.
    [
      await signIn(accounts.trainerEmail, BENCH_PASSWORD, benchAuthenticatorSecret(accounts.trainerEmail)),
      await signIn(accounts.adminEmail, BENCH_PASSWORD, benchAuthenticatorSecret(accounts.adminEmail)),
    ],
  ];
  const pages = learnerPages(course);

  await measure("First-load JavaScript of the learner pages", () => measureFirstLoadJs(pages, readers[0]!));
  await measure("Lesson page and the static-file ceiling", () => measureLessonPage(pages[0]!, readers));
  await measure("The lightest dynamic routes, for context", () =>
    measureFloors(`/api/modules/${course.modules[0]!.id}/quiz`, readers),
  );
  await measure("Trainer dashboard", () => measureDashboard(trainer!));
  await measure("What staff get wrong", () => measureItemAnalysis(trainer!, admin!));
  // A fresh server for the export, so that its memory figures start from the same state every run,
  // whatever the load tests before it left on the heap.
  await server.stop();
  server = await startServer(database.url);
  await measure("CSV export", () =>
    measureExport(admin!, accounts.organisationIds, accounts.bigOrganisationId, server.pgid),
  );
  await measure("Certificate PDFs", () => measureCertificates(trainer!, accounts.certificateHolders));
  await measure("Quiz submissions", () =>
    measureQuizSubmissions(
      course,
      accounts.quizTakers.map((account, i) => ({ account, cookie: quizTakers[i]! })),
      reader,
    ),
  );
} finally {
  await reader.close();
  await server.stop();
}

console.log(`\n${consoleTable(run.metrics)}\n`);
for (const line of [...run.details, ...run.failures]) console.log(`- ${line}`);
if (!args["no-write"]) {
  appendToBenchmarks(path.join(process.cwd(), "BENCHMARKS.md"), run);
  console.log("\nAdded this run to BENCHMARKS.md.");
}
// Done: the load generator's keep-alive sockets and timers would otherwise hold the process open after the report.
process.exit(0);
