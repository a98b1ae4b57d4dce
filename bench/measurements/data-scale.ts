import { rebuildTallies } from "@/lib/stats/rebuild-tallies";
import type { BenchEnvironment } from "../lib/bench-environment";
import { runLoad, type LoadResult } from "../lib/load-test";
import { createOrganiserSession } from "../lib/organiser-session";
import { seedConfirmedPledges } from "../lib/seed-million";
import { presentEndpoints } from "./public-reads";

// Measurement 5: a million confirmed pledges. Seed time, tally rebuild time, then each endpoint
// under moderate closed-loop load (p95 is what a visitor feels): the public pages, the open data
// (app/api/v1/) and the organiser dashboard, signed in.
// After the bulk load the table is vacuumed, as autovacuum would do within a minute of a million
// inserts: without it the visibility map is empty and no count can be answered from an index.

export const SCALE_ENDPOINTS = ["/en", "/en/map", "/en/stats", "/en/messages", "/api/map", "/api/v1/stats.json", "/api/v1/countries.json", "/api/v1/history.json"];
export const DASHBOARD = "/admin";

export interface DataScale {
  pledges: number;
  seedSeconds: number;
  rebuildSeconds: number;
  rebuiltTotal: number;
  endpoints: Record<string, LoadResult>;
  dashboard: LoadResult;
  /** EXPLAIN ANALYZE of the dashboard's per-status count, for docs/PERFORMANCE.md. */
  dashboardQueryPlan: string[];
}

export async function measureDataScale(
  env: BenchEnvironment,
  options: { pledges: number; connections: number; durationSeconds: number; log: (line: string) => void },
): Promise<DataScale> {
  const { seconds: seedSeconds } = await seedConfirmedPledges(env, options.pledges, options.log);
  const rebuildStarted = Date.now();
  const [snapshot] = await rebuildTallies(env.campaignId);
  const rebuildSeconds = (Date.now() - rebuildStarted) / 1000;
  options.log(`tallies rebuilt in ${rebuildSeconds.toFixed(1)} s (total ${snapshot?.total})`);

  const endpoints: Record<string, LoadResult> = {};
  for (const endpoint of await presentEndpoints(env.app.origin, SCALE_ENDPOINTS)) {
    endpoints[endpoint] = await runLoad({ url: env.app.origin + endpoint, connections: options.connections, durationSeconds: options.durationSeconds });
  }
  const cookie = await createOrganiserSession(env);
  const signedIn = await (await fetch(env.app.origin + DASHBOARD, { headers: { cookie }, redirect: "manual" })).text();
  if (!signedIn.includes("Signed in as")) throw new Error("the organiser session was not accepted by the dashboard");
  const dashboard = await runLoad({ url: env.app.origin + DASHBOARD, connections: options.connections, durationSeconds: options.durationSeconds, headers: { cookie } });
  const plan = await env.database.pool.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT "status", count(*) FROM "Pledge" WHERE "campaignId" = $1 GROUP BY "status"`,
    [env.campaignId],
  );
  return {
    pledges: options.pledges,
    seedSeconds,
    rebuildSeconds,
    rebuiltTotal: snapshot?.total ?? 0,
    endpoints,
    dashboard,
    dashboardQueryPlan: plan.rows.map((row) => row["QUERY PLAN"]),
  };
}
