import { readFileSync } from "node:fs";
import type { BenchEnvironment } from "../lib/bench-environment";
import { runPacedConfirmations, type Commit } from "../lib/paced-confirmations";
import { createPendingPledges } from "../lib/pending-pledges";
import { LatencyHistogram, type Distribution } from "../lib/percentiles";
import { runPledgeLoad, type PledgeRun } from "../lib/pledge-load";
import { readPledgeForm } from "../lib/pledge-form";
import { openSseClient, type SseClient } from "../lib/sse-client";

// Measurement 4: N event-stream clients on one instance while pledges are confirmed at 100/s.
// Delivery latency: for every commit and every client, from the commit (confirmPledge returned)
// to the first tally event whose total includes it — so the aggregator's tick and the
// once-a-second coalescing are both inside the number. Memory: the server's VmRSS before and
// after the clients connected. Throughput: the pledge run of measurement 1's best concurrency,
// with and without the clients (confirmations running in both).

export interface LiveFanout {
  clientsRequested: number;
  clientsConnected: number;
  connectSeconds: number;
  deliveryMs: Distribution;
  /** Commit × client pairs never delivered before the end of the run. */
  undelivered: number;
  rssBeforeMb: number;
  rssWithClientsMb: number;
  rssPerThousandClientsMb: number;
  pledgesWithout: PledgeRun;
  pledgesWith: PledgeRun;
  fileLimit: number;
}

function openFileLimit(): number {
  const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
  return Number(line?.split(/\s+/)[3] ?? 1024);
}

export async function measureLiveFanout(
  env: BenchEnvironment,
  options: { clients: number; confirmRate: number; confirmSeconds: number; pledgeConnections: number; pledgeSeconds: number; expectedRps: number },
): Promise<LiveFanout> {
  const fileLimit = openFileLimit();
  // Each client is one socket here and one on the server; leave room for everything else.
  const clientsRequested = Math.min(options.clients, fileLimit - 500);
  const form = await readPledgeForm(env.app.origin);
  const tokens = await createPendingPledges(env, options.confirmRate * options.confirmSeconds * 2);
  const half = Math.floor(tokens.length / 2);
  const confirmThenLoad = async (batch: string[], onCommit?: (commit: Commit) => void) => {
    const confirming = runPacedConfirmations(batch, options.confirmRate, onCommit);
    const load = runPledgeLoad(env, form, { mode: "js", connections: options.pledgeConnections, durationSeconds: options.pledgeSeconds, expectedRps: options.expectedRps });
    const [pledges] = await Promise.all([load, confirming]);
    return pledges;
  };
  const pledgesWithout = await confirmThenLoad(tokens.slice(0, half));

  const rssBeforeMb = env.app.residentMb();
  const commits: Commit[] = [];
  const histogram = new LatencyHistogram();
  let base = -1;
  const clients: SseClient[] = [];
  const cursors: number[] = [];
  const connectStarted = Date.now();
  const openings: Promise<void>[] = [];
  for (let i = 0; i < clientsRequested; i += 1) {
    cursors.push(0);
    const client = openSseClient(env.app.origin, "/api/live", (total, at) => {
      if (base < 0) return;
      let cursor = cursors[i]!;
      for (; cursor < commits.length && commits[cursor]!.n <= total - base; cursor += 1) histogram.add(at - commits[cursor]!.at);
      cursors[i] = cursor;
    });
    clients.push(client);
    openings.push(client.connected.catch(() => {}));
    // A bounded opening rate: a crowd arriving over seconds, not one SYN flood.
    if (i % 250 === 249) await Promise.all(openings.slice(-250));
  }
  const results = await Promise.allSettled(clients.map((client) => client.connected));
  const clientsConnected = results.filter((result) => result.status === "fulfilled").length;
  const connectSeconds = (Date.now() - connectStarted) / 1000;
  try {
    const { rows } = await env.database.pool.query<{ total: number }>(`SELECT "total" FROM "TallyState" WHERE "campaignId" = $1`, [env.campaignId]);
    base = rows[0]?.total ?? 0;
    const rssWithClientsMb = env.app.residentMb();
    const pledgesWith = await confirmThenLoad(tokens.slice(half), (commit) => commits.push(commit));
    // Let the last tick and flush reach everyone (bounded wait).
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && cursors.some((cursor, i) => results[i]!.status === "fulfilled" && cursor < commits.length)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const undelivered = cursors.reduce((sum, cursor, i) => sum + (results[i]!.status === "fulfilled" ? commits.length - cursor : 0), 0);
    return {
      clientsRequested,
      clientsConnected,
      connectSeconds,
      deliveryMs: histogram.summary(),
      undelivered,
      rssBeforeMb,
      rssWithClientsMb,
      rssPerThousandClientsMb: clientsConnected > 0 ? ((rssWithClientsMb - rssBeforeMb) / clientsConnected) * 1000 : NaN,
      pledgesWithout,
      pledgesWith,
      fileLimit,
    };
  } finally {
    for (const client of clients) client.close();
  }
}
