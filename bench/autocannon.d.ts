// The part of autocannon 9's API the benchmark uses (the package ships no types; @types/autocannon
// would be one more dependency for a dozen lines).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type Request = {
      method?: "GET" | "POST";
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Called before each request on its connection; the returned request is sent. */
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
      onResponse?: (
        status: number,
        body: string,
        context: Record<string, unknown>,
        headers: Record<string, string | string[]>,
      ) => void;
    };
    type Client = EventEmitter & {
      setHeaders(headers: Record<string, string>): void;
      setRequests(requests: Request[]): void;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      timeout?: number;
      headers?: Record<string, string>;
      requests?: Request[];
      /** Called once per connection, before it sends anything. */
      setupClient?: (client: Client) => void;
    };
    type Histogram = {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      total: number;
    };
    type Result = {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      "2xx": number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram & { totalCount: number };
      requests: Histogram & { sent: number };
      throughput: Histogram;
    };
  }
  function autocannon(options: autocannon.Options): EventEmitter & PromiseLike<autocannon.Result>;
  export = autocannon;
}
