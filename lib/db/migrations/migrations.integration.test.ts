// Why: our migration runner replaces `prisma migrate deploy/dev`, so it must keep writing the same
// _prisma_migrations rows Prisma does, and CI must notice when schema.prisma changes without a
// migration. Runs against a real PostgreSQL (the server of DATABASE_URL, from the Vitest setup);
// every test works in scratch databases and temporary folders of its own, dropped afterwards.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, createMigration, diffMigrationsToSchema } from "./index";
import { migrationDirectoryName, snakeMigrationName } from "./migration-files";
import { migrationFolders, onServer, repoMigrationsDir, scratchDatabase, tempPrismaFolder } from "@/tests/support/migrations";

describe("migrations (WebAssembly schema engine)", () => {
  it("applies prisma/migrations to an empty database exactly like `prisma migrate deploy`, once", async () => {
    const db = await scratchDatabase();
    const folders = await migrationFolders(repoMigrationsDir);
    expect(folders.length).toBeGreaterThan(0);

    expect(await applyMigrations(db.url)).toEqual({ applied: folders });

    await onServer(async (client) => {
      const columns = await client.query(
        `SELECT column_name, data_type, character_maximum_length AS length, is_nullable
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns.rows).toEqual([
        { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO" },
        { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO" },
        { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES" },
        { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO" },
        { column_name: "logs", data_type: "text", length: null, is_nullable: "YES" },
        { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES" },
        { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO" },
        { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO" },
      ]);

      const rows = await client.query("SELECT * FROM _prisma_migrations ORDER BY migration_name");
      const expected = await Promise.all(
        folders.map(async (name) => ({
          migration_name: name,
          checksum: createHash("sha256")
            .update(await readFile(path.join(repoMigrationsDir, name, "migration.sql")))
            .digest("hex"),
          logs: null,
          rolled_back_at: null,
          applied_steps_count: 1,
        })),
      );
      expect(rows.rows).toMatchObject(expected);
      for (const row of rows.rows as { id: string; started_at: Date; finished_at: Date | null }[]) {
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      }

      const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      const created = await Promise.all(
        folders.map(async (name) => readFile(path.join(repoMigrationsDir, name, "migration.sql"), "utf8")),
      );
      for (const [, table] of created.join("\n").matchAll(/^CREATE TABLE "([^"]+)"/gm)) {
        expect(tables.rows.map((row) => row.tablename)).toContain(table);
      }
    }, db.name);

    expect(await applyMigrations(db.url)).toEqual({ applied: [] });
    const count = await onServer((client) => client.query("SELECT count(*)::int AS n FROM _prisma_migrations"), db.name);
    expect(count.rows[0]).toEqual({ n: folders.length });
  });

  it("schema.prisma and prisma/migrations agree (run `npm run db:migration -- <name>` if this fails)", async () => {
    const db = await scratchDatabase();
    const diff = await diffMigrationsToSchema(db.url);
    expect(diff.isEmpty, `schema.prisma differs from prisma/migrations by:\n${diff.sql}`).toBe(true);
  });

  it("turns an extra field into ALTER TABLE … ADD COLUMN and writes it as a new migration", async () => {
    let model = "";
    const paths = await tempPrismaFolder((schema) =>
      schema.replace(/^model (\w+) \{\n/m, (line, name: string) => {
        model = name;
        return `${line}  driftCheckExtra String?\n`;
      }),
    );
    expect(model).not.toBe("");
    const db = await scratchDatabase();
    const before = await migrationFolders(paths.migrationsDir);

    const diff = await diffMigrationsToSchema(db.url, paths);
    expect(diff.isEmpty).toBe(false);
    expect(diff.sql).toMatch(new RegExp(`ALTER TABLE "${model}" ADD COLUMN\\s+"driftCheckExtra" TEXT;`));

    const created = await createMigration(db.url, "AddDriftCheck-extra", paths);
    expect(created).not.toBeNull();
    expect(path.dirname(created!.directory)).toBe(paths.migrationsDir);
    expect(path.basename(created!.directory)).toMatch(/^\d{14}_add_drift_check_extra$/);
    expect(await readFile(path.join(created!.directory, "migration.sql"), "utf8")).toBe(diff.sql);
    expect(await migrationFolders(paths.migrationsDir)).toEqual([...before, path.basename(created!.directory)].sort());

    // The new migration closes the gap: nothing more to create, and it applies cleanly.
    expect(await createMigration(db.url, "again", paths)).toBeNull();
    expect(await migrationFolders(paths.migrationsDir)).toHaveLength(before.length + 1);
    expect((await applyMigrations(db.url, paths)).applied).toHaveLength(before.length + 1);
  });

  it("runs migration scripts whole (semicolons in strings and function bodies) like Prisma's own engine", async () => {
    const paths = await tempPrismaFolder();
    const script = `-- a comment; with a semicolon
CREATE FUNCTION migrations_test_fn() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN 'a;b';
END;
$$;
`;
    const folder = path.join(paths.migrationsDir, "99990101000000_function");
    await mkdir(folder);
    await writeFile(path.join(folder, "migration.sql"), script);
    const db = await scratchDatabase();

    await applyMigrations(db.url, paths);
    const result = await onServer((client) => client.query("SELECT migrations_test_fn() AS value"), db.name);
    expect(result.rows).toEqual([{ value: "a;b" }]);
  });

  it("refuses to migrate when an applied migration was edited afterwards", async () => {
    const paths = await tempPrismaFolder();
    const db = await scratchDatabase();
    await applyMigrations(db.url, paths);
    const [first] = await migrationFolders(paths.migrationsDir);
    await writeFile(path.join(paths.migrationsDir, first!, "migration.sql"), "\n-- edited\n", { flag: "a" });

    await expect(applyMigrations(db.url, paths)).rejects.toThrow(/changed after being applied/);
  });

  it("names migration folders like Prisma and rejects unsafe names", () => {
    expect(snakeMigrationName("add-pledge_NoteField")).toBe("add_pledge_note_field");
    expect(migrationDirectoryName("init", new Date("2025-08-04T09:05:07Z"))).toBe("20250804090507_init");
    expect(() => snakeMigrationName("../evil")).toThrow(/Invalid migration name/);
    expect(() => snakeMigrationName("")).toThrow(/Invalid migration name/);
  });
});
