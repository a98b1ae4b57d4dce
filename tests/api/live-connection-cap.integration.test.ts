import { afterAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/live/route";
import { db } from "@/lib/db/client";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { closeLiveHub, inspectLiveHub } from "@/lib/live/live-hub";
import { EventLog, readStream } from "@/tests/support/live-stream";

// The per-network cap of /api/live, through the route handler (app/ is not collected by Vitest).
// A small cap for this file only: the default is a few hundred (a square's shared Wi-Fi).
vi.hoisted(() => {
  process.env.LIVE_CONNECTIONS_PER_NETWORK = "3";
});

afterAll(async () => {
  await closeLiveHub();
  await db().$disconnect();
});

function open(address: string) {
  const controller = new AbortController();
  const response = GET(new Request("http://localhost/api/live", { headers: { "x-forwarded-for": address }, signal: controller.signal }));
  return { controller, response };
}

async function openStream(address: string) {
  const { controller, response } = open(address);
  const res = await response;
  expect(res.status).toBe(200);
  const log = new EventLog();
  const ended = readStream(res.body!, log);
  await log.waitFor((event) => event.retry !== undefined);
  return { close: async () => (controller.abort(), await ended) };
}

describe("GET /api/live: streams per network", () => {
  it("refuses a network's stream past the cap with 429 JSON, Retry-After and where to poll; other networks still get theirs", async () => {
    await currentTestCampaign();
    // Two addresses of one /24 network count together; the cap never sees the addresses.
    const streams = await Promise.all(["198.51.100.7", "198.51.100.8", "198.51.100.9"].map(openStream));

    const refused = await open("198.51.100.200").response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toEqual({ error: { code: "too_many_connections", poll: "/api/v1/stats.json" } });

    const elsewhere = await openStream("203.0.113.5");
    await elsewhere.close();

    // A stream that ends gives its place back.
    await streams[0]!.close();
    const again = await openStream("198.51.100.10");
    await Promise.all([again, ...streams.slice(1)].map((stream) => stream.close()));
    await expect.poll(() => inspectLiveHub().subscribers).toBe(0);
  });
});
