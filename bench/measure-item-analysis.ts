// "What staff get wrong" for the 5,000-learner organisation, and for every organisation (every attempt in the
// database): the answers are counted in SQL, so this measures the query, one request at a time.
import { percentile, timedGet } from "./http";
import type { TMetric } from "./metrics";

async function timeIt(path: string, cookie: string): Promise<{ p50: number; p99: number }> {
  const probe = await timedGet(path, cookie);
  if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}`);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) times.push((await timedGet(path, cookie)).ms);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function measureItemAnalysis(
  trainerCookie: string,
  adminCookie: string,
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const organisation = await timeIt("/trainer/questions", trainerCookie);
  const everyone = await timeIt("/trainer/questions?org=all", adminCookie);
  return {
    metrics: [
      { label: "What staff get wrong (5,000 learners): p50 latency", value: organisation.p50, unit: "ms" },
      { label: "What staff get wrong (every organisation): p50 latency", value: everyone.p50, unit: "ms" },
    ],
    details: [
      `\`/trainer/questions\` one request at a time: the trainer's organisation p50 ${organisation.p50.toFixed(0)} ms, p99 ${organisation.p99.toFixed(0)} ms; every organisation (administrator) p50 ${everyone.p50.toFixed(0)} ms, p99 ${everyone.p99.toFixed(0)} ms, over 10 requests each.`,
    ],
  };
}
