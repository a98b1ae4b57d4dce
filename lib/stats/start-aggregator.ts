import "server-only";
import { runAggregatorTick, TICK_BATCH_SIZE } from "./run-aggregator-tick";

export const AGGREGATOR_INTERVAL_MS = 1_000;

interface Loop {
  timer: NodeJS.Timeout | undefined;
  running: Promise<void> | undefined;
  stopped: boolean;
  /** In an outage: said once, not once a second. */
  failing: boolean;
}

let loop: Loop | undefined;

/**
 * Runs the aggregator in this instance: a tick about every second. Every instance runs the loop;
 * the advisory lock lets one fold at a time, so the others' ticks return at once and take over
 * the moment that instance dies. A chain of timeouts rather than setInterval: a slow tick (a
 * backlog, a slow database) never overlaps the next. Unref'd: it never keeps a process alive.
 */
export function startAggregator(intervalMs = AGGREGATOR_INTERVAL_MS): void {
  if (loop) return;
  const current: Loop = { timer: undefined, running: undefined, stopped: false, failing: false };
  loop = current;

  const schedule = (delayMs: number) => {
    if (current.stopped) return;
    current.timer = setTimeout(() => {
      current.timer = undefined;
      current.running = tick().then(schedule);
    }, delayMs);
    current.timer.unref();
  };

  // Resolves to the delay before the next tick: at once while a backlog remains.
  const tick = async (): Promise<number> => {
    try {
      const result = await runAggregatorTick();
      if (current.failing) console.warn("[tallies] aggregator ticks succeed again");
      current.failing = false;
      return result.events >= TICK_BATCH_SIZE ? 0 : intervalMs;
    } catch (error) {
      // A database outage: say so and try again next tick; the events wait safely in the queue.
      if (!current.failing) console.warn(`[tallies] aggregator tick failed (${error instanceof Error ? error.message : String(error)}); retrying every tick`);
      current.failing = true;
      return intervalMs;
    }
  };

  schedule(0);
}

/** Stops the loop and waits for a tick in progress to commit or roll back. */
export async function stopAggregator(): Promise<void> {
  const current = loop;
  loop = undefined;
  if (!current) return;
  current.stopped = true;
  clearTimeout(current.timer);
  await current.running;
}
