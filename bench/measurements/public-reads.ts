import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { BenchEnvironment } from "../lib/bench-environment";
import { runLoad, type LoadResult } from "../lib/load-test";

// Measurement 3: public reads under closed-loop load — the public pages (issue #14), the map data
// and /api/v1/stats.json, judged against B_static: the same production server returning an
// existing static file (a built asset under /_next/static) of about the numbers' size. Pages are
// asked for as a browser asks (Accept-Encoding: gzip); the JSON as the bench always has.

export interface PublicReads {
  endpoints: Record<string, LoadResult>;
  staticAsset: { path: string; bytes: number; load: LoadResult };
  /**
   * Database transactions per 5-second cache period caused by serving the public numbers under
   * load: commits counted by PostgreSQL during the run, minus those of an idle window of the same
   * length (aggregator ticks, job-queue polling).
   */
  numbersPath: string;
  dbTransactionsPerCachePeriod: number;
}

const CACHE_PERIOD_SECONDS = 5;

async function commits(env: BenchEnvironment): Promise<number> {
  const { rows } = await env.database.pool.query<{ n: string }>(`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`);
  return Number(rows[0]!.n);
}

/** The public numbers, judged against B_static. */
export const NUMBERS_PATH = "/api/v1/stats.json";
/** The public pages issue #14 sets targets for: ≥ 0.5 × B_static, p95 ≤ 50 ms. */
export const PUBLIC_PAGES = ["/en", "/en/map", "/en/stats", "/en/messages"];
/** Public read endpoints (absent ones are skipped). */
export const READ_ENDPOINTS = [...PUBLIC_PAGES, "/api/map", NUMBERS_PATH];

/** What a browser sends that changes the answer: pages come gzipped to every browser. */
export function readHeaders(endpoint: string): Record<string, string> {
  return endpoint.startsWith("/api/") ? {} : { "accept-encoding": "gzip, deflate, br" };
}

export async function presentEndpoints(origin: string, paths: string[]): Promise<string[]> {
  const present: string[] = [];
  for (const endpoint of paths) if ((await fetch(origin + endpoint)).status === 200) present.push(endpoint);
  return present;
}

/** The built static asset whose size is closest to `bytes` (served by the same Next server). */
export function staticAssetNear(bytes: number): { path: string; bytes: number } {
  const root = path.join(process.cwd(), ".next", "static");
  const files: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(entry.name)) files.push({ path: "/_next/static/" + path.relative(root, full).split(path.sep).join("/"), bytes: statSync(full).size });
    }
  };
  walk(root);
  return files.reduce((a, b) => (Math.abs(b.bytes - bytes) < Math.abs(a.bytes - bytes) ? b : a));
}

export async function measurePublicReads(env: BenchEnvironment, options: { connections: number; durationSeconds: number }): Promise<PublicReads> {
  const endpoints: Record<string, LoadResult> = {};
  for (const endpoint of await presentEndpoints(env.app.origin, READ_ENDPOINTS)) {
    endpoints[endpoint] = await runLoad({ url: env.app.origin + endpoint, connections: options.connections, durationSeconds: options.durationSeconds, headers: readHeaders(endpoint) });
  }
  if (!endpoints[NUMBERS_PATH]) throw new Error(`${NUMBERS_PATH} did not answer 200`);
  const numbersPath = NUMBERS_PATH;
  const jsonBytes = Buffer.byteLength(await (await fetch(env.app.origin + numbersPath)).text());
  const asset = staticAssetNear(jsonBytes);
  const load = await runLoad({ url: env.app.origin + asset.path, connections: options.connections, durationSeconds: options.durationSeconds });

  // pg_stat_database is updated when a backend reports (about every second): wait it out.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));
  await settle();
  const idleStart = await commits(env);
  await new Promise((resolve) => setTimeout(resolve, options.durationSeconds * 1000));
  await settle();
  const idle = (await commits(env)) - idleStart;
  const loadStart = await commits(env);
  await runLoad({ url: env.app.origin + numbersPath, connections: options.connections, durationSeconds: options.durationSeconds });
  await settle();
  const underLoad = (await commits(env)) - loadStart;
  const periods = options.durationSeconds / CACHE_PERIOD_SECONDS;
  // Both windows last the run's duration plus one reporting pause.
  const dbTransactionsPerCachePeriod = Math.max(0, underLoad - idle) / periods;
  return { endpoints, staticAsset: { ...asset, load }, numbersPath, dbTransactionsPerCachePeriod };
}
