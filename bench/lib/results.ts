import type { BaselinePgResult } from "../measurements/baseline-pg";
import type { CountLag } from "../measurements/count-lag";
import type { DataScale } from "../measurements/data-scale";
import type { LighthouseRun } from "../measurements/lighthouse";
import type { LiveFanout } from "../measurements/live-fanout";
import type { PageWeight } from "../measurements/page-weight";
import type { PledgeThroughput } from "../measurements/pledge-throughput";
import type { PublicReads } from "../measurements/public-reads";
import type { SurgeArithmetic } from "../measurements/surge-arithmetic";
import type { TransparencyLogScale } from "../measurements/transparency-log";
import type { LoadResult } from "./load-test";

// Everything one run measured, as written to bench/results/<date>.json. A measurement that
// failed is recorded with its error instead of stopping the run.

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageStart: number[]; loadAverageEnd: number[] };
  baselines: {
    pg: Outcome<BaselinePgResult>;
    node: Outcome<LoadResult>;
    next: Outcome<PageWeight>;
  };
  pledges: Outcome<PledgeThroughput>;
  surge: Outcome<SurgeArithmetic>;
  countLag: Outcome<CountLag>;
  reads: Outcome<PublicReads>;
  live: Outcome<LiveFanout>;
  scale: Outcome<DataScale>;
  /** Optional: absent from results written before the log existed. */
  transparencyLog?: Outcome<TransparencyLogScale>;
  pageWeight: { home: Outcome<PageWeight>; map: Outcome<PageWeight> };
  lighthouse: Outcome<LighthouseRun>;
}

export async function attempt<T>(name: string, log: (line: string) => void, work: () => Promise<T>): Promise<Outcome<T>> {
  log(`${name}…`);
  const started = Date.now();
  try {
    const value = await work();
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { ok: true, value };
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${name} FAILED: ${message}${cause}`);
    return { ok: false, error: message.split("\n")[0]! + cause };
  }
}
