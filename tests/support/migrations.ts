// Why: the migration tests must never touch the per-worker database the Vitest setup migrated for
// everyone else. These helpers give each test its own scratch databases (on the same server as
// DATABASE_URL) and temporary copies of prisma/, and remove them all afterwards.
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, expect } from "vitest";
import { SHADOW_DATABASE_PREFIX } from "@/lib/db/migrations/shadow-database";

export const prismaDir = fileURLToPath(new URL("../../prisma/", import.meta.url));
export const repoMigrationsDir = path.join(prismaDir, "migrations");
const serverUrl = process.env.DATABASE_URL ?? "";
if (!serverUrl) throw new Error("DATABASE_URL must be set (tests/setup/worker-database.ts does it).");
const scratchDatabases: string[] = [];
const tempDirs: string[] = [];

function urlOf(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `work` on a short-lived connection to `database` (default: DATABASE_URL's). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const client = new pg.Client({ connectionString: database ? urlOf(database) : serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(): Promise<{ name: string; url: string }> {
  const name = `migrations_test_${randomUUID().replaceAll("-", "")}`;
  scratchDatabases.push(name);
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: urlOf(name) };
}

/** A temporary copy of prisma/schema.prisma and prisma/migrations, optionally with the schema edited. */
export async function tempPrismaFolder(editSchema: (schema: string) => string = (s) => s) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sp-migrations-test-"));
  tempDirs.push(dir);
  const schemaPath = path.join(dir, "schema.prisma");
  const migrationsDir = path.join(dir, "migrations");
  await writeFile(schemaPath, editSchema(await readFile(path.join(prismaDir, "schema.prisma"), "utf8")));
  await cp(repoMigrationsDir, migrationsDir, { recursive: true });
  return { schemaPath, migrationsDir };
}

export async function migrationFolders(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  for (const name of scratchDatabases) {
    await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
  // Shadow databases must not outlive the diff that created them.
  const shadows = await onServer((client) =>
    client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [SHADOW_DATABASE_PREFIX]),
  );
  expect(shadows.rows).toEqual([]);
});
