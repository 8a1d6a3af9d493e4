import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { startAppInstance, type TAppInstance } from "./app-instance";
import { E2E_DATABASE_URL } from "./env";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";
import { rightAnswersByQuestion } from "./quiz-helpers";

type TQuiz = { token: string; questions: { id: string; type: string; options: { id: string }[] }[] };

// The learners go through an instance of two server processes (as npm start runs on a 2-core machine) sharing the
// e2e database with the e2e server: their submissions land in both processes, so what is proven is that processes
// racing on one database lose and double nothing. (The e2e server itself runs one process, for the suite's speed.)
const PORT = Number(process.env.E2E_PORT_CONCURRENCY ?? 3303);
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());

/** The CPU seconds each server process of an instance has used so far: the primary's children, read from /proc. */
function workerCpuSeconds(primaryPid: number): Map<number, number> {
  const pids = execFileSync("pgrep", ["-P", String(primaryPid)])
    .toString()
    .trim()
    .split(/\s+/)
    .map(Number);
  return new Map(
    pids.map((pid) => {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th of them.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return [pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS];
    }),
  );
}
let running: TAppInstance | undefined;
test.afterEach(() => running?.kill("SIGKILL"));

test("50 learners submitting quizzes at once through two server processes: every acknowledged attempt is stored exactly once, and each finisher has exactly one completion", async ({
  newPerson,
  newOrganisation,
  openLessons,
  course,
  db,
}) => {
  test.setTimeout(240_000);
  const server = (running = await startAppInstance(PORT, E2E_DATABASE_URL, 2));
  const cpuBefore = workerCpuSeconds(server.process.pid!);
  expect(cpuBefore.size, "server processes").toBe(2);
  const org = await newOrganisation();
  const learners = await Promise.all(Array.from({ length: 50 }, () => newPerson("LEARNER", org.id)));
  for (const learner of learners) await openLessons(learner.id);
  const correct = rightAnswersByQuestion(course.modules);

  const acknowledged = new Map<string, Set<string>>();
  await Promise.all(
    learners.map(async (learner) => {
      const api = await signInOverHttp(server.url, learner.email, learner.password);
      const mine = new Set<string>();
      acknowledged.set(learner.id, mine);
      // One failed attempt first, then a pass of every module, one of them sent twice.
      for (const [i, m] of [course.modules[0]!, ...course.modules].entries()) {
        const quiz = (await (await api.get(`/api/modules/${m.id}/quiz`)).json()) as TQuiz;
        const fail = i === 0;
        const answers = Object.fromEntries(
          quiz.questions.map((q) => [
            q.id,
            fail ? [q.options.find((o) => !correct.get(q.id)!.includes(o.id))!.id] : correct.get(q.id)!,
          ]),
        );
        const send = () => api.post(`/api/modules/${m.id}/attempts`, { data: { token: quiz.token, answers } });
        const first = await send();
        expect(first.status(), await first.text()).toBe(201);
        const body = (await first.json()) as { attemptId: string; passed: boolean };
        expect(body.passed).toBe(!fail);
        mine.add(body.attemptId);
        if (i === 3) {
          const replay = await send();
          expect(replay.status()).toBe(200);
          expect(((await replay.json()) as { attemptId: string }).attemptId).toBe(body.attemptId);
        }
      }
      await api.dispose();
    }),
  );

  // Both processes did a share of the work (the primary hands connections round in turn), so the races above were
  // between processes, not only within one.
  for (const [pid, seconds] of workerCpuSeconds(server.process.pid!))
    expect(seconds - (cpuBefore.get(pid) ?? 0), `CPU seconds of server process ${pid}`).toBeGreaterThan(0.5);

  const ids = [...acknowledged.values()].flatMap((s) => [...s]);
  expect(ids).toHaveLength(50 * (course.modules.length + 1));
  const stored = await db.quizAttempt.findMany({
    where: { userId: { in: learners.map((l) => l.id) } },
    select: { id: true, userId: true },
  });
  expect(stored.map((a) => a.id).sort()).toEqual([...ids].sort());
  for (const learner of learners) {
    expect(stored.filter((a) => a.userId === learner.id)).toHaveLength(acknowledged.get(learner.id)!.size);
    expect(await db.completion.count({ where: { userId: learner.id } })).toBe(1);
    expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(1);
  }
});
