// Context for the page figures: what the server manages for the lightest dynamic routes it has, so a
// slow page can be told apart from a slow stack. Not targets; the issue sets none for these.
import type autocannon from "autocannon";
import { runLoad, warmUp } from "./load";
import type { TMetric } from "./metrics";

export async function measureFloors(
  quizPath: string,
  learnerCookies: string[],
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const health = { requests: [{ path: "/api/health" }] };
  await warmUp(health);
  const healthLoad = await runLoad(health);
  let next = 0;
  const signedIn = {
    requests: [{ path: quizPath }],
    setupClient: (client: autocannon.Client) =>
      client.setHeaders({ Cookie: learnerCookies[next++ % learnerCookies.length]! }),
  };
  await warmUp(signedIn);
  const signedInLoad = await runLoad(signedIn);
  return {
    metrics: [
      { label: "Context: health check route (one query): requests/s", value: healthLoad.perSecond, unit: "" },
      {
        label: "Context: signed-in API route (session, one query): requests/s",
        value: signedInLoad.perSecond,
        unit: "",
      },
    ],
    details: [
      `Context: \`/api/health\` (no session, one Prisma query) p50 ${healthLoad.p50Ms} ms, p99 ${healthLoad.p99Ms} ms; \`${quizPath}\` (session check, the quiz-readiness queries, then a signed token or a 409 for a learner with lessons still to open) p50 ${signedInLoad.p50Ms} ms, p99 ${signedInLoad.p99Ms} ms.`,
    ],
  };
}
