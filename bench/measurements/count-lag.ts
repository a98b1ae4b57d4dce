import type { BenchEnvironment } from "../lib/bench-environment";
import { runPacedConfirmations, type Commit, type ConfirmationRun } from "../lib/paced-confirmations";
import { createPendingPledges } from "../lib/pending-pledges";
import { distribution } from "../lib/percentiles";

// Measurement 2: confirmations at a set rate while the app's aggregator runs, and the lag from a
// commit to the moment the public count shows it — in the aggregator's state (TallyState) and
// at a public URL (--count-url, default /api/v1/stats.json: its "confirmed"; any JSON with a
// top-level "confirmed" or "total" will do, e.g. /api/map).

export interface CountLag {
  countUrl: string;
  ratePerSecond: number;
  confirmations: Omit<ConfirmationRun, "commits">;
  tallyStateLagMs: ReturnType<typeof distribution>;
  publicUrlLagMs: ReturnType<typeof distribution>;
}

export const DEFAULT_COUNT_URL = "/api/v1/stats.json";

async function readTotal(url: string): Promise<number> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await response.json()) as { confirmed?: number; total?: number };
  const total = body.confirmed ?? body.total;
  if (typeof total !== "number") throw new Error(`${url} has no "confirmed" or "total" number`);
  return total;
}

/** Records, for every commit, when `read()` first reported a total that includes it. */
function follow(read: () => Promise<number>, base: number, commits: Commit[]) {
  const lags: number[] = [];
  let seen = 0;
  let stopped = false;
  let stopAt = Infinity;
  const done = (async () => {
    while (!stopped || seen < commits.length) {
      const total = (await read().catch(() => base)) - base;
      const now = Date.now();
      for (; seen < Math.min(total, commits.length); seen += 1) lags.push(now - commits[seen]!.at);
      if (stopped && Date.now() > stopAt + 30_000) break; // bounded: a stuck count ends the wait
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    lags,
    stop: async () => {
      stopped = true;
      stopAt = Date.now();
      await done;
    },
  };
}

export async function measureCountLag(env: BenchEnvironment, options: { countUrl: string; ratePerSecond: number; seconds: number }): Promise<CountLag> {
  const tokens = await createPendingPledges(env, options.ratePerSecond * options.seconds);
  const readState = async () => {
    const { rows } = await env.database.pool.query<{ total: number }>(`SELECT "total" FROM "TallyState" WHERE "campaignId" = $1`, [env.campaignId]);
    return rows[0]?.total ?? 0;
  };
  const url = env.app.origin + options.countUrl;
  const [stateBase, urlBase] = [await readState(), await readTotal(url)];
  const commits: Commit[] = [];
  const state = follow(readState, stateBase, commits);
  const publicUrl = follow(() => readTotal(url), urlBase, commits);
  const run = await runPacedConfirmations(tokens, options.ratePerSecond, (commit) => commits.push(commit));
  await Promise.all([state.stop(), publicUrl.stop()]);
  const { commits: _commits, ...confirmations } = run;
  return {
    countUrl: options.countUrl,
    ratePerSecond: options.ratePerSecond,
    confirmations,
    tallyStateLagMs: distribution(state.lags),
    publicUrlLagMs: distribution(publicUrl.lags),
  };
}
