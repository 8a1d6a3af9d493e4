// A bounded autocannon run, summarised to the figures the report uses.
import autocannon from "autocannon";
import { BASE_URL, CONNECTIONS, DURATION_SECONDS } from "./config";

export type TLoadSummary = {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts (autocannon counts them among errors) and unexpected statuses. */
  errors: number;
  connectionErrors: number;
  statuses: Record<string, number>;
  bytesPerResponse: number;
};

export type TLoadOptions = Omit<autocannon.Options, "url"> & { expectStatus?: number };

export async function runLoad(options: TLoadOptions): Promise<TLoadSummary> {
  const result = await autocannon({
    url: BASE_URL,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    timeout: 30,
    ...options,
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const requests = result.latency.totalCount;
  const unexpected = Object.entries(statuses)
    .filter(([code]) => Number(code) !== (options.expectStatus ?? 200))
    .reduce((n, [, c]) => n + c, 0);
  return {
    requests,
    perSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + unexpected,
    connectionErrors: result.errors,
    statuses,
    bytesPerResponse: requests ? result.throughput.total / requests : 0,
  };
}

/** A short run first, so the measured one finds routes compiled, caches filled and the JIT warm. */
export async function warmUp(options: TLoadOptions): Promise<void> {
  await autocannon({ url: BASE_URL, connections: 10, duration: 2, timeout: 30, ...options });
}
