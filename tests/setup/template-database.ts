import pg from "pg";
import { withDatabase } from "@/lib/db/resolve-database";
import { migrateDatabase } from "@/lib/db/migrate-database";

// Migrating once into a template and copying it per worker (CREATE DATABASE … TEMPLATE) takes
// milliseconds per worker instead of replaying every migration for each.

export async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
  return withDatabase(serverUrl, name);
}

export async function createMigratedTemplate(serverUrl: string, name: string): Promise<string> {
  const url = await recreateDatabase(serverUrl, name);
  await migrateDatabase(url, { log: () => {} });
  // A template must have no open connections when it is copied; migrateDatabase closed its own.
  return url;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function dropRunDatabases(serverUrl: string, runId: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`sp_test_${runId}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
