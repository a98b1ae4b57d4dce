import "server-only";
import pg from "pg";

export interface ListenConnectionOptions {
  connectionString: string;
  channel: string;
  onNotification: (payload: string | undefined) => void;
  /** After every (re)connection, once LISTEN is active: notifications may have been missed meanwhile. */
  onListening: () => void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * One dedicated PostgreSQL session doing LISTEN, reconnecting with exponential back-off when the
 * connection drops (restart, failover, idle timeout). It is a plain pg.Client, not a pool
 * connection: LISTEN belongs to a session, so this connection must go straight to PostgreSQL (or
 * through a session-mode pooler). Behind a transaction-mode pooler (PgBouncer's default) it
 * would connect fine and never hear a thing.
 */
export class ListenConnection {
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(private readonly options: ListenConnectionOptions) {
    this.connect();
  }

  get waitingToReconnect(): boolean {
    return this.retryTimer !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private connect(): void {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: 10_000,
      // A connection that dies silently (a NAT or a failover dropping it) is noticed within a minute.
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
    });
    this.client = client;
    const fail = (error?: Error) => this.lost(client, error);
    client.on("error", fail);
    client.on("end", () => fail());
    client.on("notification", (message) => {
      if (this.client === client && message.channel === this.options.channel) this.options.onNotification(message.payload);
    });
    client
      .connect()
      .then(() => client.query(`LISTEN "${this.options.channel.replaceAll('"', '""')}"`))
      .then(() => {
        if (this.client !== client) return;
        this.failures = 0;
        this.options.onListening();
      })
      .catch(fail);
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => {});
    const minMs = this.options.minBackoffMs ?? 500;
    const delayMs = Math.min(this.options.maxBackoffMs ?? 30_000, minMs * 2 ** this.failures) * (0.75 + Math.random() * 0.5);
    this.failures += 1;
    console.warn(`[live] LISTEN connection lost (${error?.message ?? "closed"}); reconnecting in ${Math.round(delayMs)} ms`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.closed) this.connect();
    }, delayMs);
    this.retryTimer.unref();
  }
}
