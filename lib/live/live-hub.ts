import "server-only";
import { serverEnv } from "@/lib/env";
import { loadTallySnapshot } from "./load-tally-snapshot";
import { TallyHub, type LiveSubscriber } from "./tally-hub";

export type { LiveSubscriber };

// This process's hub: one LISTEN connection shared by every live stream the instance serves.
// Kept on globalThis so Next's dev server, which re-evaluates modules, never opens a second one.
const globalForLive = globalThis as unknown as { solidarityLiveHub?: TallyHub };

export function liveHub(): TallyHub {
  globalForLive.solidarityLiveHub ??= new TallyHub({
    connectionString: () => serverEnv().DATABASE_URL,
    loadSnapshot: loadTallySnapshot,
  });
  return globalForLive.solidarityLiveHub;
}

/**
 * For SIGTERM: every open stream gets `event: reconnect` (its browser reconnects at once, to an
 * instance that is staying) and is closed, and the LISTEN connection is released. Streams opened
 * after this are told the same immediately.
 */
export async function closeLiveHub(): Promise<void> {
  await globalForLive.solidarityLiveHub?.close();
}

/** For tests: subscribers, kept campaign states, LISTEN connection and pending timers of the hub. */
export function inspectLiveHub() {
  return globalForLive.solidarityLiveHub?.inspect() ?? { subscribers: 0, campaigns: 0, listening: false, timers: 0 };
}
