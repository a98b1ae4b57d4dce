// Why: the WebAssembly schema engine has no database driver of its own; it talks to PostgreSQL
// through a Prisma driver adapter factory. @prisma/adapter-pg is that driver, but needs three
// fixes for migrations (internal-char-columns.ts, shadow-database.ts, executeScript below). This
// factory applies them and remembers every connection it opened: the engine never disposes the
// main one, and a forgotten pg.Pool (or shadow database) keeps the process alive (or litters the server).
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { InternalCharClient, restoreCharColumns } from "./internal-char-columns";
import { connectToShadowDatabase } from "./shadow-database";

export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly url: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.track(connectPostgres(this.url));
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.track(connectToShadowDatabase(this.url, connectPostgres));
  }

  /** Disposes whatever the engine left open: pools are ended, shadow databases dropped. */
  async close(): Promise<void> {
    const results = await Promise.allSettled([...this.open].map((adapter) => adapter.dispose()));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  }

  private async track(connecting: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
    const adapter = await connecting;
    const dispose = adapter.dispose.bind(adapter);
    let disposing: Promise<void> | undefined;
    this.open.add(adapter);
    adapter.dispose = () => (disposing ??= dispose().finally(() => this.open.delete(adapter)));
    return adapter;
  }
}

async function connectPostgres(url: string): Promise<SqlDriverAdapter> {
  const adapter = restoreCharColumns(await new PrismaPg({ connectionString: url, Client: InternalCharClient }).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => restoreCharColumns(await startTransaction(isolationLevel));
  // adapter-pg's executeScript splits the script at every ";", even inside strings, comments and
  // $$-quoted function bodies. Send it whole instead, as one simple-protocol query (no parameters),
  // which is what Prisma's native engine does: PostgreSQL runs it as one implicit transaction.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}
