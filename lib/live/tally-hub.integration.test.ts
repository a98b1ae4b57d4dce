import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { loadTallySnapshot } from "./load-tally-snapshot";
import { TallyHub } from "./tally-hub";
import { recordingSubscriber } from "@/tests/support/live-stream";

// The hub against a real PostgreSQL: the aggregator's NOTIFY reaches subscribers through one
// LISTEN connection, coalesced to one event per second, resumable by version.

let hub: TallyHub;
beforeEach(() => {
  hub = new TallyHub({ connectionString: () => process.env.DATABASE_URL!, loadSnapshot: loadTallySnapshot });
});
afterEach(() => hub.close());
afterAll(() => db().$disconnect());

async function confirmedPledgeAndTick(campaignId: string) {
  await insertPledge(campaignId);
  await runAggregatorTick();
}

describe("TallyHub", () => {
  // Delivery latency is measured by the bench (npm run bench, "Live fan-out"), not timed here.
  it("sends the current state at once, then each new total after the tick", async () => {
    const campaign = await createTestCampaign();
    await confirmedPledgeAndTick(campaign.id);
    const client = recordingSubscriber(campaign.id);
    hub.subscribe(client);
    const first = await client.log.waitFor((event) => event.event === "tally");
    expect(first).toMatchObject({ id: "1", data: JSON.stringify({ version: 1, total: 1, countries: { PL: 1 } }) });

    await insertPledge(campaign.id, { country: "LV" });
    await runAggregatorTick();
    const next = await client.log.waitFor((event) => event.id === "2");
    expect(JSON.parse(next.data!)).toEqual({ version: 2, total: 2, countries: { LV: 1, PL: 1 } });
  });

  it("coalesces: however many ticks, at most one event per second per client, the last one current", async () => {
    const campaign = await createTestCampaign();
    const client = recordingSubscriber(campaign.id);
    hub.subscribe(client);
    await client.log.waitFor((event) => event.event === "tally");
    const started = Date.now();
    let ticks = 0;
    // At least 2.5 s and at least 12 ticks, however slow the machine is today.
    while (Date.now() - started < 2_500 || ticks < 12) {
      await confirmedPledgeAndTick(campaign.id);
      ticks += 1;
    }
    await client.log.waitFor((event) => event.data?.includes(`"total":${ticks},`) ?? false);
    const seconds = (Date.now() - started) / 1000;
    const tallies = client.log.tallies();
    expect(tallies.length).toBeLessThan(ticks);
    expect(tallies.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    for (let i = 1; i < tallies.length; i++) expect(tallies[i]!.at - tallies[i - 1]!.at).toBeGreaterThanOrEqual(995);
    expect(tallies.map((event) => event.version)).toEqual([...tallies.map((event) => event.version)].sort((a, b) => a - b));
  });

  it("resumes from Last-Event-ID: an older version gets the current state at once, the current one nothing until a change", async () => {
    const campaign = await createTestCampaign();
    await confirmedPledgeAndTick(campaign.id);
    await confirmedPledgeAndTick(campaign.id);
    const behind = recordingSubscriber(campaign.id);
    const upToDate = recordingSubscriber(campaign.id);
    hub.subscribe(behind, 1);
    hub.subscribe(upToDate, 2);
    expect(await behind.log.waitFor((event) => event.event === "tally")).toMatchObject({ id: "2" });

    await confirmedPledgeAndTick(campaign.id);
    await upToDate.log.waitFor((event) => event.event === "tally");
    expect(upToDate.log.tallies().map((event) => event.version)).toEqual([3]);
  });

  it("keeps listening after its connection is killed", async () => {
    const campaign = await createTestCampaign();
    const client = recordingSubscriber(campaign.id);
    hub.subscribe(client);
    await client.log.waitFor((event) => event.event === "tally");
    await db().$queryRaw`SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()`;
    await confirmedPledgeAndTick(campaign.id);
    expect(await client.log.waitFor((event) => event.id === "1", 10_000)).toMatchObject({ event: "tally" });
  });

  it("on close tells every client to reconnect, closes them and lets go of everything", async () => {
    const campaign = await createTestCampaign();
    const clients = [recordingSubscriber(campaign.id), recordingSubscriber(campaign.id)];
    for (const client of clients) hub.subscribe(client);
    await Promise.all(clients.map((client) => client.log.waitFor((event) => event.event === "tally")));
    expect(hub.inspect()).toMatchObject({ subscribers: 2, listening: true });
    await hub.close();
    for (const client of clients) {
      expect(client.log.events.at(-1)).toMatchObject({ event: "reconnect" });
      expect(client.closed).toBe(true);
    }
    expect(hub.inspect()).toEqual({ subscribers: 0, campaigns: 0, listening: false, timers: 0 });
    const late = recordingSubscriber(campaign.id);
    hub.subscribe(late);
    expect([late.log.events.map((event) => event.event), late.closed]).toEqual([["reconnect"], true]);
  });
});
