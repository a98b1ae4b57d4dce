import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { LatencyHistogram, distribution } from "./percentiles";
import { openSseClient } from "./sse-client";

// The bench's lean event-stream client must read what a real HTTP server sends: chunked
// transfer with frames split across chunks and packets, comments and other events in between.

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function serve(write: (response: http.ServerResponse) => void): Promise<string> {
  server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    write(response);
  });
  return new Promise((resolve) => server!.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

describe("openSseClient", () => {
  it("reports every tally total, whatever the chunk boundaries", async () => {
    const frames = 'retry: 5000\n\n: keep-alive\n\nid: 7\nevent: tally\ndata: {"version":7,"total":41,"countries":{"ПЛ":1}}\n\nevent: reconnect\ndata: {}\n\nid: 8\nevent: tally\ndata: {"version":8,"total":42,"countries":{}}\n\n';
    const origin = await serve((response) => {
      // Split mid-frame and mid multi-byte character, then end the stream.
      const bytes = Buffer.from(frames, "utf8");
      for (const [from, to] of [[0, 20], [20, 77], [77, 78], [78, bytes.length]] as const) response.write(bytes.subarray(from, to));
      response.end();
    });
    const totals: number[] = [];
    const client = openSseClient(origin, "/api/live", (total) => totals.push(total));
    await client.connected;
    await expect.poll(() => totals).toEqual([41, 42]);
    client.close();
  });

  it("rejects a stream that does not answer 200", async () => {
    server = http.createServer((_request, response) => response.writeHead(503).end());
    const origin = await new Promise<string>((resolve) => server!.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
    const client = openSseClient(origin, "/api/live", () => {});
    await expect(client.connected).rejects.toThrow("503");
    client.close();
  });
});

describe("percentiles", () => {
  it("reports nearest-rank percentiles, from samples and from the histogram alike", () => {
    const samples = Array.from({ length: 1000 }, (_, i) => i + 1);
    const histogram = new LatencyHistogram(5_000);
    for (const sample of samples) histogram.add(sample);
    expect(distribution(samples)).toMatchObject({ count: 1000, p50: 500, p95: 950, p99: 990, max: 1000 });
    expect(histogram.summary()).toMatchObject({ count: 1000, p50: 500, p95: 950, p99: 990, max: 1000 });
  });
});
