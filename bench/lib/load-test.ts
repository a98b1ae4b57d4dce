import { createRequire } from "node:module";
import autocannon from "autocannon";
import { distribution, type Distribution } from "./percentiles";

// A closed-loop load run through autocannon (each connection sends its next request when the
// previous answer arrived). Latencies are collected from every response, so p95 is exact rather
// than autocannon's fixed set of percentiles.

// autocannon 9 appends every chunk of every response body to a string, decoding it as UTF-8, for
// options (expectBody, verifyBody, onResponse) the bench never uses. For the home page's 37 kB of
// gzip that decoding, not the server, set the pace: it took 7.3 s of the load generator's 8 s of
// CPU while the server sat at a fifth of a core, and /en measured 2,500 requests/s against
// /en/stats's 11,500 with the same cache in front of both. The bench keeps no bodies; byte counts
// come from autocannon's own counter, which this leaves alone.
const PipelinedRequestsQueue = createRequire(import.meta.url)("autocannon/lib/pipelinedRequestsQueue.js") as { prototype: { addBody: (data: Buffer) => void } };
PipelinedRequestsQueue.prototype.addBody = () => {};

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Called for every request: returns the body (and extra headers) of that request. */
  nextRequest?: () => { body: string | Buffer; headers?: Record<string, string> };
  /** Open-loop pacing: requests per second over all connections. */
  overallRate?: number;
  pipelining?: number;
}

export interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Successful (2xx/3xx) answers per second. */
  rps: number;
  latencyMs: Distribution;
  bytesPerResponse: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let bytes = 0;
  const url = new URL(options.url);
  const instance = autocannon({
    url: url.origin,
    connections: options.connections,
    duration: options.durationSeconds,
    pipelining: options.pipelining ?? 1,
    timeout: 30,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [
      {
        method: options.method ?? "GET",
        path: url.pathname + url.search,
        headers: options.headers ?? {},
        ...(options.nextRequest
          ? {
              setupRequest: (request: autocannon.Request) => {
                const next = options.nextRequest!();
                return { ...request, body: next.body, headers: { ...request.headers, ...next.headers } };
              },
            }
          : {}),
      },
    ],
  });
  instance.on("response", (_client, statusCode: number, resBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 400) {
      ok += 1;
      bytes += resBytes;
    }
  });
  const result = await instance;
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests: latencies.length,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rps: ok / options.durationSeconds,
    latencyMs: distribution(latencies),
    bytesPerResponse: ok > 0 ? Math.round(bytes / ok) : 0,
  };
}
