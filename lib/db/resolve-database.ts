import path from "node:path";
import { dataDir } from "@/lib/local/data-dir";
import { loadOrCreateLocalSecrets } from "@/lib/local/local-secrets";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

export const APP_DATABASE_NAME = "solidarity_pledge";

/**
 * The database the app and our scripts use: DATABASE_URL when set (nothing is started), else
 * the embedded cluster under .data/postgres, started on a free port, with an app database in it.
 */
export async function resolveDatabase(
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<RunningDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, stop: async () => {} };

  const { POSTGRES_PASSWORD } = loadOrCreateLocalSecrets();
  const cluster = await startEmbeddedPostgres({
    directory: path.join(dataDir, "postgres"),
    password: POSTGRES_PASSWORD,
    persistent: true,
    log,
  });
  await createDatabaseIfMissing(cluster.url, APP_DATABASE_NAME);
  return { url: withDatabase(cluster.url, APP_DATABASE_NAME), stop: cluster.stop };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(maintenanceUrl: string, database: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
