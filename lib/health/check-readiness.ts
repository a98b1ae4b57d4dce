import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";

export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  /** "pending": the code expects migrations the database has not had (deploy not finished). */
  migrations: "current" | "pending" | "unknown";
}

// Generous: a fresh instance's first query also loads Prisma's query compiler.
const DATABASE_TIMEOUT_MS = 5000;

/**
 * Can this instance serve traffic? The database answers, and every migration in
 * prisma/migrations is recorded as applied in _prisma_migrations (the table Prisma's
 * `migrate deploy` and lib/db/migrate-database.ts write). A load balancer polls this.
 */
export async function checkReadiness(migrationsDir = path.join(process.cwd(), "prisma", "migrations")): Promise<Readiness> {
  let applied: Set<string>;
  try {
    applied = await withTimeout(appliedMigrations(), DATABASE_TIMEOUT_MS);
  } catch (error) {
    if (!isDatabaseUnavailable(error) && !(error instanceof ReadinessTimeout)) console.warn("[ready] database check failed:", error);
    return { ready: false, database: "unreachable", migrations: "unknown" };
  }
  const expected = await migrationNames(migrationsDir);
  const current = expected.length > 0 && expected.every((name) => applied.has(name));
  return { ready: current, database: "reachable", migrations: current ? "current" : "pending" };
}

async function appliedMigrations(): Promise<Set<string>> {
  const rows = await db().$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

class ReadinessTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadinessTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
