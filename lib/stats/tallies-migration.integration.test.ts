import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationFolders, onServer, repoMigrationsDir, scratchDatabase, tempPrismaFolder } from "@/tests/support/migrations";

// Deploying the tallies to a database that already has confirmed pledges (a local install's demo
// supporters, a running campaign) must show them at once, not zero until someone rebuilds.

describe("the tallies migration", () => {
  it("backfills the tallies from the pledges that exist already", async () => {
    const db = await scratchDatabase();
    const { migrationsDir } = await tempPrismaFolder();
    const tallies = (await migrationFolders(migrationsDir)).find((name) => name.endsWith("_tallies"))!;
    await rm(path.join(migrationsDir, tallies), { recursive: true });
    const later = (await migrationFolders(repoMigrationsDir)).filter((name) => name > tallies);
    for (const name of later) await rm(path.join(migrationsDir, name), { recursive: true, force: true });
    await applyMigrations(db.url, { migrationsDir });

    await onServer(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "Campaign" ("id", "slug", "title", "goal", "updatedAt") VALUES (gen_random_uuid(), 'old', 'Old', 10, now()) RETURNING "id"`,
      );
      const pledge = `INSERT INTO "Pledge" ("id", "campaignId", "status", "emailHash", "country", "cityName", "cityLatitude", "cityLongitude", "locale", "consentProcessing", "createdAt", "confirmedAt", "withdrawnAt", "updatedAt")
                      VALUES (gen_random_uuid(), $1, $2, gen_random_uuid()::text, $3, $4, $5, $6, 'en', true, $7, $8, $9, now())`;
      const campaign = rows[0]!.id;
      await client.query(pledge, [campaign, "CONFIRMED", "PL", "Warsaw", 52.2, 21.0, "2026-08-04T10:00:10Z", "2026-08-04T10:00:20Z", null]);
      await client.query(pledge, [campaign, "CONFIRMED", "PL", null, null, null, "2026-08-04T10:00:30Z", "2026-08-04T10:00:40Z", null]);
      await client.query(pledge, [campaign, "WITHDRAWN", "LT", null, null, null, "2026-08-04T10:01:00Z", "2026-08-04T10:01:10Z", "2026-08-04T10:02:00Z"]);
      await client.query(pledge, [campaign, "PENDING", "DE", null, null, null, "2026-08-04T10:01:00Z", null, null]);
    }, db.name);

    await cp(path.join(repoMigrationsDir, tallies), path.join(migrationsDir, tallies), { recursive: true });
    expect(await applyMigrations(db.url, { migrationsDir })).toEqual({ applied: [tallies] });

    await onServer(async (client) => {
      const query = async (sql: string) => (await client.query(sql)).rows;
      expect(await query(`SELECT "country", "count" FROM "CountryTally" ORDER BY 1`)).toEqual([{ country: "PL", count: 2 }]);
      expect(await query(`SELECT "cityKey", "name", "count" FROM "CityTally"`)).toEqual([{ cityKey: "nPL:warsaw", name: "Warsaw", count: 1 }]);
      expect(await query(`SELECT to_char("minute" AT TIME ZONE 'UTC', 'HH24:MI') AS "minute", "added", "removed" FROM "TallyMinute" ORDER BY 1`)).toEqual([
        { minute: "10:00", added: 2, removed: 0 },
        { minute: "10:01", added: 1, removed: 0 },
        { minute: "10:02", added: 0, removed: 1 },
      ]);
      expect(await query(`SELECT "version"::int AS "version", "total" FROM "TallyState"`)).toEqual([{ version: 1, total: 2 }]);
      expect(await query(`SELECT count(*)::int AS "events" FROM "TallyEvent"`)).toEqual([{ events: 0 }]);
    }, db.name);
  });
});
