// Why: every operation needs the same dance: start the WebAssembly engine with the Prisma schema
// and our driver adapter factory, run one command, then free the engine AND close every pool and
// shadow database it opened (it does not always do so itself), even when the command fails.
// It also turns the engine's log stream and its errors into something a person can read.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { MigrationAdapterFactory } from "./driver-adapter";
import { loadSchemaEngine, type SchemaContainer, type SchemaEngine, type SchemaFilter } from "./load-schema-engine";

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface MigrationPaths {
  /** Defaults to prisma/schema.prisma of this repository. */
  schemaPath?: string;
  /** Defaults to prisma/migrations of this repository. */
  migrationsDir?: string;
}

export interface SessionOptions extends MigrationPaths {
  log?: (line: string) => void;
}

export interface Session {
  engine: SchemaEngine;
  schemaFiles: SchemaContainer[];
  migrationsDir: string;
}

/** No tables/enums are "externally managed" (prisma.config.ts sets none). */
export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

export function resolvePaths(paths: MigrationPaths): Required<MigrationPaths> {
  return {
    schemaPath: path.resolve(paths.schemaPath ?? path.join(repositoryRoot, "prisma", "schema.prisma")),
    migrationsDir: path.resolve(paths.migrationsDir ?? path.join(repositoryRoot, "prisma", "migrations")),
  };
}

export async function withSchemaEngine<T>(
  databaseUrl: string,
  options: SessionOptions,
  run: (session: Session) => Promise<T>,
): Promise<T> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const schemaFiles = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];

  const SchemaEngineClass = await loadSchemaEngine();
  const factory = new MigrationAdapterFactory(databaseUrl);
  const onLog = (json: string) => forwardWarning(json, options.log);
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngineClass.new(
      { datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
      onLog,
      bindMigrationAwareSqlAdapterFactory(factory),
    ).catch(rethrowReadable);
    return await run({ engine, schemaFiles, migrationsDir }).catch(rethrowReadable);
  } finally {
    try {
      engine?.free();
    } catch {
      // Only after an engine panic (the instance is poisoned); the panic itself was reported.
    }
    await factory.close();
  }
}

/** The engine logs JSON lines (tracing events); warnings matter to the operator, the rest is noise. */
function forwardWarning(json: string, log: ((line: string) => void) | undefined): void {
  try {
    const event = JSON.parse(json) as { level?: unknown; fields?: { message?: unknown } };
    if (event.level === "WARN" || event.level === "ERROR") log?.(`schema engine: ${String(event.fields?.message)}`);
  } catch {
    log?.(`schema engine: ${json}`);
  }
}

/** The engine rejects with Errors whose message ends in a Rust span trace; keep the message, lose the trace. */
function rethrowReadable(error: unknown): never {
  if (error instanceof Error) {
    const message = error.message.split(/\n\s+0: /)[0]?.trim();
    throw message && message !== error.message ? new Error(message, { cause: error }) : error;
  }
  if (typeof error === "object" && error !== null) {
    const { message, error_code: code } = error as { message?: unknown; error_code?: unknown };
    if (typeof message === "string") {
      throw new Error(typeof code === "string" ? `${code}: ${message}` : message, { cause: error });
    }
  }
  throw new Error(`Schema engine failed: ${JSON.stringify(error)}`, { cause: error });
}
