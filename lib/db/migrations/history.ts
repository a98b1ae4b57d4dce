// Why: `prisma migrate deploy` refuses to run over a failed migration; we go one step further and
// refuse edited migrations too (the database would silently differ from what the files say). A
// database that is AHEAD of this checkout (e.g. after rolling back a deploy) is only a warning,
// as in Prisma: refusing would keep an older release from starting.
import type { DiagnoseMigrationHistoryOutput } from "./load-schema-engine";

export function assertHistoryIsSound(diagnosis: DiagnoseMigrationHistoryOutput, log?: (line: string) => void): void {
  const { failedMigrationNames, editedMigrationNames, history } = diagnosis;
  if (failedMigrationNames.length > 0) {
    throw new Error(
      `Migration history is broken: ${list(failedMigrationNames)} is recorded as failed in this database ` +
        "(see the logs column of _prisma_migrations). Undo whatever it did apply, mark it rolled back " +
        "(`prisma migrate resolve --rolled-back <name>`, or SET rolled_back_at = now() on its unfinished row), then migrate again.",
    );
  }
  if (editedMigrationNames.length > 0) {
    throw new Error(
      `Migration history is broken: ${list(editedMigrationNames)} changed after being applied to this database ` +
        "(checksum mismatch). Restore the original migration.sql (e.g. from git) and put changes in a new migration.",
    );
  }
  const unknown =
    history?.diagnostic === "migrationsDirectoryIsBehind" || history?.diagnostic === "historiesDiverge"
      ? history.unpersistedMigrationNames
      : [];
  if (unknown.length > 0) {
    log?.(`Warning: the database has migrations this checkout does not know: ${list(unknown)}.`);
  }
}

function list(names: string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}
