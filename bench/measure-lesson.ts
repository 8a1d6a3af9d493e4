// A signed-in learner's lesson page under load, against a static file from the same server as the ceiling.
import { timedGet } from "./http";
import { runLoad, warmUp, type TLoadSummary } from "./load";
import type { TMetric } from "./metrics";
import { TARGETS } from "./config";
import { scriptSources } from "./pages";

/** Each connection is a different learner (their own session), as in a school. */
function asLearners(cookies: string[]) {
  let next = 0;
  return (client: { setHeaders(h: Record<string, string>): void }) =>
    client.setHeaders({ Cookie: cookies[next++ % cookies.length]! });
}

export async function measureLessonPage(
  lessonPath: string,
  cookies: string[],
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const probe = await timedGet(lessonPath, cookies[0]!);
  if (probe.status !== 200) throw new Error(`${lessonPath} answered ${probe.status} for a signed-in learner`);
  // The ceiling: the smallest script the lesson itself loads, a file Next serves from disk with no app code.
  const sizes = await Promise.all(
    scriptSources(probe.body.toString("utf8")).map(async (src) => ({
      src,
      bytes: (await timedGet(src, "")).body.length,
    })),
  );
  const staticFile = sizes.sort((a, b) => a.bytes - b.bytes)[0];
  if (!staticFile) throw new Error("the lesson page loads no scripts to use as the static ceiling");

  await warmUp({ requests: [{ path: lessonPath }], setupClient: asLearners(cookies) });
  const lesson: TLoadSummary = await runLoad({ requests: [{ path: lessonPath }], setupClient: asLearners(cookies) });
  await warmUp({ requests: [{ path: staticFile.src }] });
  const ceiling: TLoadSummary = await runLoad({ requests: [{ path: staticFile.src }] });

  const share = ceiling.perSecond ? (lesson.perSecond * 100) / ceiling.perSecond : null;
  return {
    metrics: [
      {
        label: "Lesson page: requests/s",
        value: lesson.perSecond,
        unit: "",
        note: lesson.errors ? `${lesson.errors} errors` : undefined,
      },
      { label: "Lesson page: p50 latency", value: lesson.p50Ms, unit: "ms" },
      { label: "Lesson page: p99 latency", value: lesson.p99Ms, unit: "ms", target: TARGETS.lessonP99Ms },
      {
        label: "Static file (ceiling): requests/s",
        value: ceiling.perSecond,
        unit: "",
        note: ceiling.errors ? `${ceiling.errors} errors` : undefined,
      },
      {
        label: "Lesson page as a share of the static ceiling",
        value: share,
        unit: "%",
        target: { limit: TARGETS.lessonShareOfStatic.limit * 100, higher: true },
      },
    ],
    details: [
      `Lesson page \`${lessonPath}\` (${Math.round(lesson.bytesPerResponse / 1024)} KB of HTML), ${cookies.length} learners' sessions: ${lesson.requests} requests, statuses ${JSON.stringify(lesson.statuses)}.`,
      `Static ceiling \`${staticFile.src}\` (${(staticFile.bytes / 1024).toFixed(1)} KB): ${ceiling.requests} requests, statuses ${JSON.stringify(ceiling.statuses)}.`,
    ],
  };
}
