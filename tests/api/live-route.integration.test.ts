import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/live/route";
import { db } from "@/lib/db/client";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { closeLiveHub, inspectLiveHub } from "@/lib/live/live-hub";
import { EventLog, readStream } from "@/tests/support/live-stream";

// The route handler lives in app/, whose files Vitest does not collect; it is tested here. These
// tests share the process's hub, as every request of an instance does.

afterAll(() => db().$disconnect());

function open(headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = GET(new Request("http://localhost/api/live", { headers, signal: controller.signal }));
  return { controller, response };
}

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function resourceCount(): number {
  return process.getActiveResourcesInfo().filter((type) => type !== "TTYWrap").length;
}

describe("GET /api/live", () => {
  it("streams server-sent events with the headers proxies need, and the new total after a tick", async () => {
    const campaign = await currentTestCampaign();
    const { controller, response } = open();
    const res = await response;
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    });
    const log = new EventLog();
    const ended = readStream(res.body!, log);
    expect(await log.waitFor((event) => event.retry !== undefined)).toMatchObject({ retry: "5000" });
    const initial = await log.waitFor((event) => event.event === "tally");
    type Tally = { total: number; countries: Record<string, number> };
    const { total, countries } = JSON.parse(initial.data!) as Tally;

    await insertPledge(campaign.id, { country: "FI" });
    await runAggregatorTick();
    // Another test file of this worker may have left changes for the same tick to fold: ours is
    // the Finnish one, and the total grows by at least it.
    const event = await log.waitFor((e) => {
      if (e.event !== "tally") return false;
      const tally = JSON.parse(e.data!) as Tally;
      return tally.countries.FI === (countries.FI ?? 0) + 1 && tally.total >= total + 1;
    });
    expect(Number(event.id)).toBeGreaterThan(Number(initial.id));
    controller.abort();
    await ended;
    await until(() => inspectLiveHub().subscribers === 0, "the subscription to be released");
  });

  it("leaves no subscriber, connection or timer behind after 200 clients come and go", async () => {
    await currentTestCampaign();
    const cycle = async (index: number) => {
      const { controller, response } = open(index % 2 ? { "Last-Event-ID": "1" } : {});
      const res = await response;
      const log = new EventLog();
      const ended = readStream(res.body!, log);
      // Half leave at once, half after their first event.
      if (index % 2 === 0) await log.waitFor((event) => event.event === "tally");
      controller.abort();
      await ended;
    };
    const idle = () => {
      const hub = inspectLiveHub();
      return hub.subscribers === 0 && !hub.listening && hub.timers === 0 && hub.campaigns === 0;
    };
    await Promise.all(Array.from({ length: 10 }, (_, index) => cycle(index)));
    await until(idle, "the hub to let go");
    const before = resourceCount();

    await Promise.all(Array.from({ length: 200 }, (_, index) => cycle(index)));
    await until(idle, "the hub to let go");
    expect(inspectLiveHub()).toEqual({ subscribers: 0, campaigns: 0, listening: false, timers: 0 });
    await until(() => resourceCount() <= before, `active resources to fall back to ${before}: ${process.getActiveResourcesInfo().join(", ")}`);
  });

  it("on shutdown tells open streams to reconnect and ends them", async () => {
    await currentTestCampaign();
    const { response } = open();
    const log = new EventLog();
    const ended = readStream((await response).body!, log);
    await log.waitFor((event) => event.event === "tally");
    await closeLiveHub();
    await ended;
    expect(log.events.at(-1)).toMatchObject({ event: "reconnect" });
    expect(inspectLiveHub()).toEqual({ subscribers: 0, campaigns: 0, listening: false, timers: 0 });
  });
});
