import { Logger, runMigrations as runJobQueueMigrations } from "graphile-worker";
import { applyMigrations } from "./migrations";

/**
 * Brings a database fully up to date: our Prisma migrations, then the job queue's own schema
 * (graphile_worker). Both must exist before the app serves a request, because a pledge and its
 * confirmation-email job are written in one transaction (docs/decisions/0006-job-queue-in-postgresql.md).
 */
export async function migrateDatabase(
  databaseUrl: string,
  options: { log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const result = await applyMigrations(databaseUrl, options);
  // graphile-worker logs each of its own migration steps; our scripts print their own summary.
  const quiet = new Logger(() => () => {});
  await runJobQueueMigrations({ connectionString: databaseUrl, logger: quiet });
  return result;
}
