import "server-only";
import { aggregatorDb } from "@/lib/db/aggregator-client";
import { foldTallyEvents } from "./fold-tally-events";
import { notifyTallies } from "./notify-tallies";
import { TALLY_LOCK_KEY } from "./tally-lock";
import type { TallySnapshot } from "./tally-notification";

/** Events folded per tick at most: a backlog (after an outage) is worked off in bounded steps. */
export const TICK_BATCH_SIZE = 50_000;

export interface TickResult {
  /** False when another instance held the lock: it is aggregating, this one had nothing to do. */
  acquired: boolean;
  events: number;
  snapshots: TallySnapshot[];
}

/**
 * One aggregation step, in one transaction: take the lock (or leave at once), fold a batch of
 * events into the tallies, bump each touched campaign's version once and announce it. A crash at
 * any point rolls everything back, events included, so no event is ever lost or counted twice.
 */
export async function runAggregatorTick(options: { batchSize?: number } = {}): Promise<TickResult> {
  return aggregatorDb().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ acquired: boolean }[]>`SELECT pg_try_advisory_xact_lock(${TALLY_LOCK_KEY}::bigint) AS acquired`;
      if (!lock?.acquired) return { acquired: false, events: 0, snapshots: [] };
      const folded = await foldTallyEvents(tx, options.batchSize ?? TICK_BATCH_SIZE);
      // Nothing folded, nothing announced: an idle site sends no notifications at all.
      const snapshots = await notifyTallies(tx, folded.states);
      return { acquired: true, events: folded.events, snapshots };
    },
    // A full batch after an outage takes seconds, not Prisma's default 5 s limit.
    { maxWait: 5_000, timeout: 120_000 },
  );
}
