import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { nextCli, productionServerArgs, stopChild, waitForHttp } from "@/scripts/lib/processes";
import { treeResidentMb } from "./process-memory";

// A production server of the app (scripts/serve-next.ts, as `npm start` runs it) or of the bare
// Next baseline (`next start`, given its `dir`), on loopback.

export interface AppServer {
  origin: string;
  pid: number;
  residentMb: () => number;
  stop: () => Promise<void>;
}

export async function startNextServer(options: { dir?: string; port: number; env: NodeJS.ProcessEnv; readyPath: string }): Promise<AppServer> {
  // BENCH_CPU_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops (profile
  // before optimising: docs/PERFORMANCE.md). Only the server is profiled, not the bench.
  const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
  const server = options.dir ? [nextCli, "start", path.resolve(options.dir), "--port", String(options.port), "--hostname", "127.0.0.1"] : productionServerArgs(options.port, "127.0.0.1");
  const args = [...profile, ...server];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...options.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(origin + options.readyPath, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    origin,
    pid: child.pid!,
    residentMb: () => treeResidentMb(child.pid!),
    stop: () => stopChild(child, 15_000),
  };
}
