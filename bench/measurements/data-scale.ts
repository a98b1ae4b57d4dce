import { rebuildTallies } from "@/lib/stats/rebuild-tallies";
import type { BenchEnvironment } from "../lib/bench-environment";
import { runLoad, type LoadResult } from "../lib/load-test";
import { createOrganiserSession } from "../lib/organiser-session";
import { seedConfirmedPledges } from "../lib/seed-million";
import { presentEndpoints, readHeaders } from "./public-reads";

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
  /** The message wall's first page (lib/moderation/list-public-messages.ts), ms: with its order index, and without it. */
  wallQueryMs: { withIndex: number; withoutIndex: number };
}

const WALL_INDEX = "Pledge_campaignId_messageStatus_messageFeatured_confirmedAt_idx";
// The wall's first page as Prisma sends it (same filter and order), timed by EXPLAIN ANALYZE.
const WALL_QUERY = `EXPLAIN (ANALYZE, FORMAT JSON) SELECT "id", "message", "country", "confirmedAt" FROM "Pledge"
  WHERE "campaignId" = $1 AND "status" = 'CONFIRMED' AND "messageStatus" = 'APPROVED' AND "message" IS NOT NULL
    AND ("country" <> ALL($2::text[]) OR "publicInSensitiveCountry")
  ORDER BY "messageFeatured" DESC, "confirmedAt" DESC, "id" ASC LIMIT 6`;

/** Times the wall's query with its index and, inside a rolled-back transaction, without it. */
async function timeWallQuery(env: BenchEnvironment): Promise<{ withIndex: number; withoutIndex: number }> {
  const client = await env.database.pool.connect();
  const time = async () => {
    const { rows } = await client.query<{ "QUERY PLAN": [{ "Execution Time": number }] }>(WALL_QUERY, [env.campaignId, ["BY"]]);
    return rows[0]!["QUERY PLAN"][0]["Execution Time"];
  };
  try {
    await time(); // warm the cache the same for both
    const withIndex = await time();
    await client.query("BEGIN");
    await client.query(`DROP INDEX "${WALL_INDEX}"`);
    await time();
    const withoutIndex = await time();
    await client.query("ROLLBACK");
    return { withIndex, withoutIndex };
  } finally {
    client.release();
  }
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
    endpoints[endpoint] = await runLoad({ url: env.app.origin + endpoint, connections: options.connections, durationSeconds: options.durationSeconds, headers: readHeaders(endpoint) });
  }
  const cookie = await createOrganiserSession(env);
  const signedIn = await (await fetch(env.app.origin + DASHBOARD, { headers: { cookie }, redirect: "manual" })).text();
  if (!signedIn.includes("Signed in as")) throw new Error("the organiser session was not accepted by the dashboard");
  const dashboard = await runLoad({ url: env.app.origin + DASHBOARD, connections: options.connections, durationSeconds: options.durationSeconds, headers: { cookie } });
  const plan = await env.database.pool.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT "status", count(*) FROM "Pledge" WHERE "campaignId" = $1 GROUP BY "status"`,
    [env.campaignId],
  );
  const wallQueryMs = await timeWallQuery(env);
  return {
    pledges: options.pledges,
    seedSeconds,
    rebuildSeconds,
    rebuiltTotal: snapshot?.total ?? 0,
    endpoints,
    dashboard,
    dashboardQueryPlan: plan.rows.map((row) => row["QUERY PLAN"]),
    wallQueryMs,
  };
}
