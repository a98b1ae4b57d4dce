import "server-only";
import { randomInt } from "node:crypto";
import { aggregatorDb } from "@/lib/db/aggregator-client";
import { syncTransparencyLog } from "@/lib/transparency/sync-transparency-log";
import { recordMilestones } from "@/lib/webhooks/record-milestones";
import { releaseCoarseTallies } from "./coarse/release-coarse-tallies";
import { foldTallyEvents } from "./fold-tally-events";
import { notifyTallies } from "./notify-tallies";
import { publishTallyStates } from "./publish-tally-states";
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

export interface TickOptions {
  batchSize?: number;
  /** The clock sensitive countries' releases are timed by (tests move it on; default: now). */
  now?: Date;
  /** A number in [0, 1) for a release's random delay (default: from the CSPRNG). */
  random?: () => number;
}

// An observer who could predict the delay could time the release back to one confirmation.
const secureRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/**
 * One aggregation step, in one transaction: take the lock (or leave at once), fold a batch of
 * events into the tallies, release sensitive countries' figures that are due, append the
 * transparency log's leaves and sign its minute's checkpoint, bump the version of
 * each campaign whose public figures changed once and announce it. A crash at any point rolls
 * everything back, events included, so no event is ever lost or counted twice.
 */
export async function runAggregatorTick(options: TickOptions = {}): Promise<TickResult> {
  return aggregatorDb().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ acquired: boolean }[]>`SELECT pg_try_advisory_xact_lock(${TALLY_LOCK_KEY}::bigint) AS acquired`;
      if (!lock?.acquired) return { acquired: false, events: 0, snapshots: [] };
      const now = options.now ?? new Date();
      const folded = await foldTallyEvents(tx, options.batchSize ?? TICK_BATCH_SIZE);
      const released = await releaseCoarseTallies(tx, now, options.random ?? secureRandom);
      // The log follows the figures just folded and released, in the same transaction: its
      // count per country is the published one (docs/decisions/0046-…).
      await syncTransparencyLog(tx, now);
      // Nothing published, nothing announced: an idle site, or one where only a sensitive
      // country's true count moved, sends no notifications at all.
      const states = await publishTallyStates(tx, folded.changes, released);
      // Milestones of the published total, reported to webhooks once, with the change itself.
      await recordMilestones(tx, states, now);
      // The previous total stays here: announcements carry the figures as they are now.
      const snapshots = await notifyTallies(tx, states.map(({ campaignId, version, total }) => ({ campaignId, version, total })));
      return { acquired: true, events: folded.events, snapshots };
    },
    // A full batch after an outage takes seconds, not Prisma's default 5 s limit.
    { maxWait: 5_000, timeout: 120_000 },
  );
}
