import "server-only";
import { TALLY_CHANNEL, parseTallyNotification, type TallySnapshot } from "@/lib/stats/tally-notification";
import { ListenConnection } from "./listen-connection";
import { KEEP_ALIVE_FRAME, RECONNECT_FRAME, tallyFrame } from "./sse-frames";

export interface LiveSubscriber {
  campaignId: string;
  /** Writes a frame to the client; throws when the client is gone. */
  send(frame: string): void;
  close(): void;
}

export interface TallyHubOptions {
  connectionString: () => string;
  loadSnapshot: (campaignId: string) => Promise<TallySnapshot>;
  /** No subscriber gets more than one tally event per this period. */
  flushIntervalMs?: number;
  heartbeatMs?: number;
}

interface Subscription {
  subscriber: LiveSubscriber;
  sentVersion: number;
  lastSentAt: number;
}

/**
 * Live tallies for every open stream of this process, from ONE LISTEN connection. The latest
 * state per campaign is kept and streams get it at most once a second (a busy minute of
 * confirmations costs each client 60 small events, not thousands). The LISTEN connection and the
 * timers exist only while someone is subscribed: an instance nobody watches holds no connection,
 * no timer and no state, and any number of connect/disconnect cycles leave nothing behind. The
 * price is one connection and one read when a first viewer arrives again: cheap, and never stale.
 */
export class TallyHub {
  private readonly subscriptions = new Set<Subscription>();
  private readonly latest = new Map<string, TallySnapshot>();
  /** Reads in flight, and whether another is needed after (something newer was announced meanwhile). */
  private readonly loading = new Map<string, { again: boolean }>();
  private connection: ListenConnection | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: TallyHubOptions) {}

  private get flushIntervalMs() {
    return this.options.flushIntervalMs ?? 1_000;
  }

  /** Streams `campaignId`'s tallies to `subscriber` from now on; returns the unsubscribe function. */
  subscribe(subscriber: LiveSubscriber, lastEventId?: number): () => void {
    if (this.closed) {
      subscriber.send(RECONNECT_FRAME);
      subscriber.close();
      return () => {};
    }
    const subscription: Subscription = { subscriber, sentVersion: lastEventId ?? -1, lastSentAt: 0 };
    this.subscriptions.add(subscription);
    this.connection ??= new ListenConnection({
      connectionString: this.options.connectionString(),
      channel: TALLY_CHANNEL,
      onNotification: (payload) => this.notified(payload),
      // (Re)connected: whatever was announced while we were not listening is read instead.
      onListening: () => this.campaigns().forEach((campaignId) => this.refresh(campaignId)),
    });
    this.heartbeatTimer ??= setInterval(() => this.broadcast(KEEP_ALIVE_FRAME), this.options.heartbeatMs ?? 15_000).unref();
    // A newcomer (or a client resuming from an older version) gets the current state at once.
    if (this.latest.has(subscriber.campaignId)) this.flush();
    else this.refresh(subscriber.campaignId);
    return () => this.unsubscribe(subscription);
  }

  /** Shutdown: every client is told to reconnect (elsewhere), then everything is released. */
  async close(): Promise<void> {
    this.closed = true;
    this.broadcast(RECONNECT_FRAME);
    for (const subscription of [...this.subscriptions]) subscription.subscriber.close();
    this.subscriptions.clear();
    await this.release();
  }

  /** For tests: what the hub holds right now. */
  inspect() {
    return {
      subscribers: this.subscriptions.size,
      campaigns: this.latest.size,
      listening: this.connection !== undefined,
      timers: [this.flushTimer, this.heartbeatTimer].filter(Boolean).length + (this.connection?.waitingToReconnect ? 1 : 0),
    };
  }

  private unsubscribe(subscription: Subscription): void {
    if (!this.subscriptions.delete(subscription) || this.subscriptions.size > 0) return;
    void this.release();
  }

  private async release(): Promise<void> {
    clearTimeout(this.flushTimer);
    clearInterval(this.heartbeatTimer);
    this.flushTimer = this.heartbeatTimer = undefined;
    // Without listeners the kept state would go stale: the next subscriber reads afresh.
    this.latest.clear();
    const connection = this.connection;
    this.connection = undefined;
    await connection?.close();
  }

  private campaigns(): Set<string> {
    return new Set([...this.subscriptions].map((subscription) => subscription.subscriber.campaignId));
  }

  private notified(payload: string | undefined): void {
    const notification = parseTallyNotification(payload);
    if (!notification || !this.campaigns().has(notification.campaignId)) return;
    if (notification.version <= (this.latest.get(notification.campaignId)?.version ?? -1)) return;
    // Too many countries for a notification: it carried the version only, so read the rest.
    if (notification.total === undefined) this.refresh(notification.campaignId);
    else this.update(notification);
  }

  private refresh(campaignId: string): void {
    const inFlight = this.loading.get(campaignId);
    if (inFlight) {
      inFlight.again = true;
      return;
    }
    const load = { again: false };
    this.loading.set(campaignId, load);
    this.options
      .loadSnapshot(campaignId)
      .then((snapshot) => this.update(snapshot))
      .catch((error: unknown) => console.warn(`[live] could not read the tallies (${error instanceof Error ? error.message : String(error)})`))
      .finally(() => {
        this.loading.delete(campaignId);
        if (load.again && this.campaigns().has(campaignId)) this.refresh(campaignId);
      });
  }

  private update(snapshot: TallySnapshot): void {
    // Versions only grow; a read that raced a newer notification must not go back in time.
    if (!this.campaigns().has(snapshot.campaignId)) return;
    if (snapshot.version <= (this.latest.get(snapshot.campaignId)?.version ?? -1)) return;
    this.latest.set(snapshot.campaignId, snapshot);
    this.flush();
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const now = Date.now();
    let nextDueAt = Infinity;
    for (const subscription of this.subscriptions) {
      const snapshot = this.latest.get(subscription.subscriber.campaignId);
      if (!snapshot || snapshot.version <= subscription.sentVersion) continue;
      const dueAt = subscription.lastSentAt + this.flushIntervalMs;
      if (dueAt > now) {
        nextDueAt = Math.min(nextDueAt, dueAt);
        continue;
      }
      subscription.sentVersion = snapshot.version;
      subscription.lastSentAt = now;
      this.deliver(subscription, tallyFrame(snapshot));
    }
    // Whoever was served less than a second ago gets the latest state (only) when their second is up.
    if (nextDueAt < Infinity && this.subscriptions.size > 0) this.flushTimer = setTimeout(() => this.flush(), nextDueAt - now).unref();
  }

  private broadcast(frame: string): void {
    for (const subscription of this.subscriptions) this.deliver(subscription, frame);
  }

  private deliver(subscription: Subscription, frame: string): void {
    try {
      subscription.subscriber.send(frame);
    } catch {
      // The client is gone and its stream did not tell us: forget it.
      this.unsubscribe(subscription);
    }
  }
}
