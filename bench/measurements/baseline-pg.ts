import pg from "pg";
import { distribution } from "../lib/percentiles";
import { INSERT_PLEDGE_ROW, pledgeRowValues } from "../lib/pledge-row";
import type { BenchEnvironment } from "../lib/bench-environment";

// B_pg: single-row INSERTs straight through `pg`, over a pool of the app's size, from as many
// concurrent callers as the pledge test's busiest step. The ceiling the database alone allows.

export interface BaselinePgResult {
  poolSize: number;
  concurrency: number;
  insertsPerSecond: number;
  latencyMs: ReturnType<typeof distribution>;
}

export async function measureBaselinePg(env: BenchEnvironment, options: { concurrency: number; durationMs: number }): Promise<BaselinePgResult> {
  const poolSize = Number(env.env.DATABASE_POOL_SIZE ?? 10);
  const pool = new pg.Pool({ connectionString: env.database.url, max: poolSize });
  const latencies: number[] = [];
  const deadline = Date.now() + options.durationMs;
  let n = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      await pool.query(INSERT_PLEDGE_ROW, pledgeRowValues(env.campaignId, (n += 1)));
      latencies.push(performance.now() - started);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = (Date.now() - started) / 1000;
  await pool.end();
  return { poolSize, concurrency: options.concurrency, insertsPerSecond: latencies.length / elapsed, latencyMs: distribution(latencies) };
}
