// The trainer dashboard of the 5,000-learner organisation: latency under load, and unloaded.
import { gzipSync } from "node:zlib";
import { TARGETS } from "./config";
import { percentile, timedGet } from "./http";
import { runLoad, warmUp } from "./load";
import type { TMetric } from "./metrics";

export async function measureDashboard(trainerCookie: string): Promise<{ metrics: TMetric[]; details: string[] }> {
  const probe = await timedGet("/trainer", trainerCookie);
  if (probe.status !== 200) throw new Error(`/trainer answered ${probe.status} for the trainer`);
  const html = probe.body.toString("utf8");
  // React separates adjacent text with <!-- -->.
  const people = /(\d[\d,]*)(?:<!-- -->)?\s*people/.exec(html)?.[1] ?? "?";

  // One trainer at a time first: the latency a trainer sees on a quiet server.
  const alone: number[] = [];
  for (let i = 0; i < 20; i++) alone.push((await timedGet("/trainer", trainerCookie)).ms);

  const request = { requests: [{ path: "/trainer", headers: { Cookie: trainerCookie } }] };
  await warmUp(request);
  const load = await runLoad(request);
  return {
    metrics: [
      { label: "Trainer dashboard (5,000 learners): p50 latency", value: load.p50Ms, unit: "ms" },
      {
        label: "Trainer dashboard (5,000 learners): p99 latency",
        value: load.p99Ms,
        unit: "ms",
        target: TARGETS.dashboardP99Ms,
        note: load.errors ? `${load.errors} errors` : undefined,
      },
      {
        label: "Trainer dashboard: page size (HTML)",
        value: probe.body.length / 1024,
        unit: "KB",
        digits: 1,
        note: `${(gzipSync(probe.body).length / 1024).toFixed(1)} KB gzipped`,
      },
    ],
    details: [
      `Trainer dashboard \`/trainer\` of an organisation of ${people} people: ${load.perSecond.toFixed(1)} pages/s at 50 connections (${load.requests} requests, statuses ${JSON.stringify(load.statuses)}); one request at a time: p50 ${percentile(alone, 50).toFixed(0)} ms, p99 ${percentile(alone, 99).toFixed(0)} ms over ${alone.length}.`,
    ],
  };
}
