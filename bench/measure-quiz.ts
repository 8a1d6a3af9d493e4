// Quiz submissions under load: 50 learners, each on their own connection, submitting the course's
// quizzes in order with a fresh signed token per attempt, and each once re-sending one (a
// double-click). Afterwards the database must hold every acknowledged attempt exactly once.
import type autocannon from "autocannon";
import type { TCourse } from "../lib/course/types";
import { createSubmissionToken } from "../lib/quiz/submission-token";
import { storedAttemptIds, type TAccount } from "./accounts";
import { BENCH_SECRET, TARGETS } from "./config";
import type { TBenchReader } from "./database";
import { runLoad } from "./load";
import type { TMetric } from "./metrics";
import { createRandom } from "../lib/testing/random";
import { answerKey, drawFor } from "./seed-answers";

/** Each learner's third request re-sends their second submission, as a double-click would. */
const REPLAY_AT = 3;
/** Share of submissions answered correctly (the rest fail and are retaken). */
const PASS_SHARE = 0.7;

export async function measureQuizSubmissions(
  course: TCourse,
  learners: { account: TAccount; cookie: string }[],
  reader: TBenchReader,
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const keys = course.modules.map((m) => answerKey(m));
  const random = createRandom(42);
  const userIds = learners.map((l) => l.account.id);
  const before = new Set(await storedAttemptIds(reader, userIds));
  const acknowledged = new Set<string>();
  let replays = 0;
  let replayMismatches = 0;
  const unexpected: Record<string, number> = {};
  let next = 0;

  const setupClient = (client: autocannon.Client) => {
    const learner = learners[next++ % learners.length]!;
    let moduleIndex = 0;
    let sent = 0;
    let last: { path: string; body: string; attemptId?: string } | null = null;
    let pending: { path: string; body: string; replay: boolean } | null = null;
    client.setRequests([
      {
        method: "POST",
        headers: { Cookie: learner.cookie, "Content-Type": "application/json" },
        setupRequest: (request) => {
          sent++;
          if (last && sent === REPLAY_AT) pending = { path: last.path, body: last.body, replay: true };
          else {
            const m = course.modules[moduleIndex]!;
            const key = keys[moduleIndex]!;
            const all = random.chance(PASS_SHARE) ? key.right : key.wrong;
            const asked = drawFor(random, m);
            const answers = Object.fromEntries(asked.map((id) => [id, all[id]!]));
            pending = {
              path: `/api/modules/${m.id}/attempts`,
              body: JSON.stringify({
                token: createSubmissionToken(
                  learner.account.id,
                  course.id,
                  m.id,
                  asked.map((id) => m.quiz.questions.find((q) => q.id === id)!),
                  BENCH_SECRET,
                ),
                answers,
              }),
              replay: false,
            };
          }
          return { ...request, path: pending.path, body: pending.body };
        },
        onResponse: (status, body) => {
          const request = pending;
          if (!request) return;
          if (status === 201 && !request.replay) {
            const result = JSON.parse(body) as { attemptId: string; passed: boolean };
            acknowledged.add(result.attemptId);
            last = { path: request.path, body: request.body, attemptId: result.attemptId };
            // Passed: on to the next module (round again once the course is done).
            if (result.passed) moduleIndex = (moduleIndex + 1) % course.modules.length;
          } else if (status === 200 && request.replay) {
            replays++;
            if ((JSON.parse(body) as { attemptId: string }).attemptId !== last?.attemptId) replayMismatches++;
          } else unexpected[status] = (unexpected[status] ?? 0) + 1;
        },
      },
    ]);
  };

  const load = await runLoad({ setupClient, expectStatus: 201 });
  const after = (await storedAttemptIds(reader, userIds)).filter((id) => !before.has(id));
  const stored = new Set(after);
  const missing = [...acknowledged].filter((id) => !stored.has(id)).length;
  const unacknowledged = after.filter((id) => !acknowledged.has(id)).length;
  const duplicates = after.length - stored.size;
  const errors = Object.values(unexpected).reduce((a, b) => a + b, 0) + load.connectionErrors;
  const seconds = load.requests / load.perSecond;

  return {
    metrics: [
      {
        label: "Quiz submissions: new attempts/s",
        value: acknowledged.size / seconds,
        unit: "",
        target: TARGETS.quizPerSecond,
      },
      {
        label: "Quiz submissions: errors",
        value: errors,
        unit: "",
        note: errors
          ? `statuses ${JSON.stringify(unexpected)}, ${load.connectionErrors} connection errors or timeouts`
          : undefined,
      },
      {
        label: "Quiz submissions: acknowledged but lost or stored twice",
        value: missing + duplicates + replayMismatches,
        unit: "",
        target: TARGETS.quizLost,
      },
    ],
    details: [
      `Quiz submissions: ${learners.length} learners, ${load.requests} requests in ${seconds.toFixed(1)} s (p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms): ${acknowledged.size} acknowledged with 201, ${replays} replays answered 200 with the same attempt (${replayMismatches} with another).`,
      `Stored afterwards for these learners: ${after.length} new attempts; ${missing} acknowledged ones missing, ${duplicates} duplicated, ${unacknowledged} stored without an acknowledgement (a request cut off by the end of the run).`,
    ],
  };
}
