import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationFolders, onServer, repoMigrationsDir, scratchDatabase, tempPrismaFolder } from "@/tests/support/migrations";
import { ERASED_ON_WITHDRAWAL } from "./erased-fields";

// A database from before #13 point 3 holds withdrawn pledges that kept their city, moderation
// metadata and more, and an audit log with moderators' free-text reject notes. The migration
// erases both, and leaves the audit log append-only afterwards.

const MIGRATION = "_erase_withdrawal_leftovers_and_audit_notes";

const insertPledge = `
  INSERT INTO "Pledge" ("id", "campaignId", "status", "emailHash", "nameEncrypted", "country", "cityName", "cityLatitude", "cityLongitude", "cityGeonameId",
    "displayMode", "publicInSensitiveCountry", "message", "messageStatus", "messageModeratedBy", "messageModeratedAt", "messageRejectReason",
    "locale", "consentProcessing", "confirmationEmailsSent", "reviewReason", "createdAt", "confirmedAt", "withdrawnAt", "updatedAt")
  VALUES ($1, $2, $3, $4, 'v1.x', 'BY', 'Hrodna', 53.6884, 23.8258, 627904, 'FULL_NAME', true, $5, 'REJECTED', 'mod@example.org',
    '2026-08-04T10:20:00.5Z', 'names her brother', 'be', true, 2, 'rate_limited', '2026-08-04T10:00:10.1Z', '2026-08-04T10:01:20.2Z', $6, '2026-08-04T10:30:40.3Z')`;

describe("the erasure leftovers migration", () => {
  it("erases what earlier withdrawals left, turns audit reject notes into codes, and keeps the log append-only", async () => {
    const db = await scratchDatabase();
    const { migrationsDir } = await tempPrismaFolder();
    const ours = (await migrationFolders(migrationsDir)).find((name) => name.endsWith(MIGRATION))!;
    const later = (await migrationFolders(repoMigrationsDir)).filter((name) => name >= ours);
    for (const name of later) await rm(path.join(migrationsDir, name), { recursive: true, force: true });
    await applyMigrations(db.url, { migrationsDir });

    const ids = { withdrawn: crypto.randomUUID(), confirmed: crypto.randomUUID() };
    await onServer(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "Campaign" ("id", "slug", "title", "goal", "updatedAt") VALUES (gen_random_uuid(), 'old', 'Old', 10, now()) RETURNING "id"`,
      );
      await client.query(insertPledge, [ids.withdrawn, rows[0]!.id, "WITHDRAWN", null, null, "2026-08-04T11:02:03.4Z"]);
      await client.query(insertPledge, [ids.confirmed, rows[0]!.id, "CONFIRMED", "hash", "Жыве Беларусь", null]);
      for (const details of [{ from: "open", reason: "names a prisoner's family" }, { from: "APPROVED", reason: "personal_data: her phone" }, { from: "open", reason: "spam" }, { from: "open" }]) {
        await client.query(`INSERT INTO "AuditLogEntry" ("actorLabel", "action", "targetType", "targetId", "details") VALUES ('mod@example.org', 'message.reject', 'pledge', $1, $2)`, [ids.confirmed, details]);
      }
    }, db.name);

    await cp(path.join(repoMigrationsDir, ours), path.join(migrationsDir, ours), { recursive: true });
    expect(await applyMigrations(db.url, { migrationsDir })).toEqual({ applied: [ours] });

    await onServer(async (client) => {
      const row = async (id: string) => (await client.query(`SELECT * FROM "Pledge" WHERE "id" = $1`, [id])).rows[0] as Record<string, unknown>;
      const withdrawn = await row(ids.withdrawn);
      // Columns added after this migration are a later migration's business.
      const erased = Object.entries(ERASED_ON_WITHDRAWAL).filter(([column]) => column in withdrawn);
      expect(erased.length).toBeGreaterThanOrEqual(27);
      for (const [column, value] of erased) expect({ [column]: withdrawn[column] }).toEqual({ [column]: value });
      expect(withdrawn).toMatchObject({
        status: "WITHDRAWN",
        createdAt: new Date("2026-08-04T10:00:00Z"),
        confirmedAt: new Date("2026-08-04T10:01:00Z"),
        withdrawnAt: new Date("2026-08-04T11:02:00Z"),
        updatedAt: new Date("2026-08-04T10:30:00Z"),
      });
      // A pledge that still counts is not touched.
      expect(await row(ids.confirmed)).toMatchObject({ country: "BY", cityGeonameId: 627904, messageRejectReason: "names her brother", confirmedAt: new Date("2026-08-04T10:01:20.2Z") });

      const { rows: audit } = await client.query(`SELECT "details" FROM "AuditLogEntry" ORDER BY "id"`);
      expect(audit.map((entry) => entry.details)).toEqual([
        { from: "open", reason: "other" },
        { from: "APPROVED", reason: "personal_data" },
        { from: "open", reason: "spam" },
        { from: "open" },
      ]);
      await expect(client.query(`UPDATE "AuditLogEntry" SET "details" = '{}'`)).rejects.toThrow(/append-only/);
    }, db.name);
  });
});
