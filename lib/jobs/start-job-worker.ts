import "server-only";
import { Logger, run, type Runner } from "graphile-worker";
import { serverEnv } from "@/lib/env";
import { crontab } from "./crontab";
import { taskList } from "./task-list";

let runner: Promise<Runner> | undefined;

/**
 * Starts this instance's job worker (once). Every instance may run one: graphile-worker hands
 * each job to exactly one worker (SKIP LOCKED), so adding instances adds mail throughput.
 */
export function startJobWorker(): Promise<Runner> | undefined {
  const env = serverEnv();
  if (env.JOB_CONCURRENCY === 0) return undefined;
  runner ??= run({
    connectionString: env.DATABASE_URL,
    concurrency: env.JOB_CONCURRENCY,
    // LISTEN/NOTIFY wakes the worker at once; polling is only the fallback.
    pollInterval: 2000,
    noHandleSignals: true,
    taskList,
    crontab,
    logger: new Logger((scope) => (level, message) => {
      if (level === "error" || level === "warning") console.warn(`[jobs] ${message}`, scope.taskIdentifier ?? "");
    }),
  });
  // A failed start (database down at boot) must not be cached: the next attempt starts afresh.
  runner.catch(() => {
    runner = undefined;
  });
  return runner;
}

/** Starts the worker, retrying every few seconds while the database is unreachable. */
export async function startJobWorkerWhenPossible(retryMs = 5000): Promise<void> {
  for (;;) {
    try {
      await startJobWorker();
      return;
    } catch (error) {
      console.warn(`[jobs] worker could not start (${error instanceof Error ? error.message : String(error)}); retrying`);
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}

export async function stopJobWorker(): Promise<void> {
  const current = runner;
  runner = undefined;
  if (current) await (await current).stop();
}
