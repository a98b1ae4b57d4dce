import "server-only";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import { loadTallySnapshot } from "./load-tally-snapshot";
import { TallyHub, type LiveSubscriber } from "./tally-hub";

export type { LiveSubscriber };

// This process's hub: one LISTEN connection shared by every live stream the instance serves.
// A process singleton, so Next's dev server, which re-evaluates modules, never opens a second one.
const hub = processSingleton(
  "live-hub",
  () => new TallyHub({ connectionString: () => serverEnv().DATABASE_URL, loadSnapshot: loadTallySnapshot }),
);

export function liveHub(): TallyHub {
  return hub.get();
}

/**
 * For SIGTERM: every open stream gets `event: reconnect` (its browser reconnects at once, to an
 * instance that is staying) and is closed, and the LISTEN connection is released. Streams opened
 * after this are told the same immediately.
 */
export async function closeLiveHub(): Promise<void> {
  await hub.peek()?.close();
}

/** For tests: subscribers, kept campaign states, LISTEN connection and pending timers of the hub. */
export function inspectLiveHub() {
  return hub.peek()?.inspect() ?? { subscribers: 0, campaigns: 0, listening: false, timers: 0 };
}
