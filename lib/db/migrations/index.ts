// Why: Prisma's own `migrate deploy` / `migrate dev` need a native engine binary that cannot be
// downloaded here. This is the same engine compiled to WebAssembly, driven through a driver
// adapter, recording _prisma_migrations exactly as `prisma migrate deploy` does, so the official
// CLI can take over the same database at any time. See docs/decisions/0003-offline-migrations-wasm-schema-engine.md.
import { withSchemaEngine, noFilters, resolvePaths, type MigrationPaths } from "./engine-session";
import { migrationDirectoryName, readMigrationList, snakeMigrationName, writeMigration } from "./migration-files";
import { assertHistoryIsSound } from "./history";

export type { MigrationPaths } from "./engine-session";

export interface ApplyOptions extends MigrationPaths {
  log?: (line: string) => void;
}

/** Like `prisma migrate deploy`: applies the migrations the database has not seen yet. Idempotent. */
export async function applyMigrations(databaseUrl: string, options: ApplyOptions = {}): Promise<{ applied: string[] }> {
  return withSchemaEngine(databaseUrl, options, async ({ engine, migrationsDir }) => {
    const migrationsList = await readMigrationList(migrationsDir);
    if (migrationsList.migrationDirectories.length === 0) {
      throw new Error(`No migrations found in ${migrationsDir}.`);
    }
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    assertHistoryIsSound(diagnosis, options.log);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: appliedMigrationNames };
  });
}

/** The SQL that takes the schema the migrations produce to schema.prisma (replayed in a shadow database on the same server). */
export async function diffMigrationsToSchema(
  databaseUrl: string,
  paths: MigrationPaths = {},
): Promise<{ sql: string; isEmpty: boolean }> {
  return withSchemaEngine(databaseUrl, paths, async ({ engine, schemaFiles, migrationsDir }) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrationList(migrationsDir)) },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: true, // 0: nothing to do, 2: there is a difference
      filters: noFilters,
    });
    return { sql: result.stdout ?? "", isEmpty: result.exitCode === 0 };
  });
}

/**
 * Like `prisma migrate dev --create-only`: writes <migrationsDir>/<timestamp>_<snake_name>/migration.sql
 * with the difference between the migrations and schema.prisma; null (nothing written) when there is none.
 * (The engine's own createMigration cannot be used: in the wasm build it wants a shadow database from
 * the datasource config and ignores the adapter's connectToShadowDb.)
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  paths: MigrationPaths = {},
): Promise<{ directory: string } | null> {
  const snakeName = snakeMigrationName(name);
  const { sql, isEmpty } = await diffMigrationsToSchema(databaseUrl, paths);
  if (isEmpty) return null;
  const migrationsDir = resolvePaths(paths).migrationsDir;
  const directory = await writeMigration(migrationsDir, migrationDirectoryName(snakeName), sql, "postgresql");
  return { directory };
}
