import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { recreateDatabase } from "@/tests/setup/template-database";

// The bench's own PostgreSQL: a throwaway embedded cluster in the bench's temporary directory,
// migrated exactly as production is. Nothing of .data/ or of a developer's .env is touched.

export interface BenchDatabase {
  url: string;
  /** A small pool for the bench's own bookkeeping queries (counts, seeding, EXPLAIN). */
  pool: pg.Pool;
  stop: () => Promise<void>;
}

export async function startBenchDatabase(tempDir: string, log: (line: string) => void): Promise<BenchDatabase> {
  const server = await startEmbeddedPostgres({
    directory: path.join(tempDir, "postgres"),
    password: randomBytes(12).toString("base64url"),
    persistent: false,
    log,
  });
  const url = await recreateDatabase(server.url, "sp_bench");
  await migrateDatabase(url, { log: () => {} });
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client dropped at shutdown is not a bench failure.
  pool.on("error", () => {});
  return {
    url,
    pool,
    stop: async () => {
      await pool.end().catch(() => {});
      await server.stop();
    },
  };
}
