import "server-only";
import { closeAggregatorDb } from "@/lib/db/aggregator-client";
import { db } from "@/lib/db/client";
import { stopJobWorker } from "@/lib/jobs/start-job-worker";
import { closeLiveHub } from "@/lib/live/live-hub";
import { stopAggregator } from "@/lib/stats/start-aggregator";

/** How long shutdown may take before the process exits anyway (orchestrators wait ~30 s). */
export const SHUTDOWN_DEADLINE_MS = 20_000;

/**
 * Stops this instance's background work on SIGTERM, in the order that loses nothing:
 * 1. live streams are told to reconnect (to an instance that stays) and closed, so Next's own
 *    shutdown — stop accepting connections, let in-flight requests finish — is not held open
 *    by endless SSE responses; the LISTEN connection goes with them;
 * 2. the job worker finishes the emails it is sending and takes no new job (an unfinished job
 *    would stay locked for hours), and the aggregator finishes its tick.
 * The database pool stays open: requests still in flight need it (see closeDatabasePool).
 * Every step runs even if another fails; failures are logged, not thrown.
 */
export async function shutdownInstance(): Promise<void> {
  await settle("live streams", closeLiveHub());
  await Promise.all([settle("job worker", stopJobWorker()), settle("aggregator", stopAggregator())]);
}

/**
 * Last of all, when no request is left: PostgreSQL sees a clean goodbye, not dropped sockets —
 * from the request pool and from the aggregator's own connection (lib/db/aggregator-client.ts).
 */
export async function closeDatabasePool(): Promise<void> {
  await Promise.all([settle("database pool", db().$disconnect()), settle("aggregator connection", closeAggregatorDb())]);
}

async function settle(what: string, work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    console.warn(`[shutdown] ${what} did not stop cleanly:`, error instanceof Error ? error.message : error);
  }
}

interface HoldOptions {
  /** Runs once the exit is due: Next has closed its server, so no request is in flight. */
  beforeExit?: () => Promise<void>;
  target?: { exit: (code?: number) => never };
  deadlineMs?: number;
}

/**
 * Next's own SIGTERM handler calls process.exit() once its HTTP server has closed and every
 * in-flight request has finished, which may be before our background work has stopped. Until
 * `work` settles (or the deadline passes) that exit waits; then `beforeExit` runs and the
 * process exits with the code Next asked for.
 */
export function holdExitUntil(work: Promise<unknown>, { beforeExit = async () => {}, target = process, deadlineMs = SHUTDOWN_DEADLINE_MS }: HoldOptions = {}): void {
  const exit = target.exit.bind(target);
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
  const done = Promise.race([work.catch(() => {}), deadline]);
  target.exit = ((code?: number) => {
    void done
      .then(() => Promise.race([beforeExit().catch(() => {}), deadline]))
      .then(() => exit(code));
  }) as (code?: number) => never;
}
