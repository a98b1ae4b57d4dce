import { describe, expect, it } from "vitest";
import { cliActor, type Organiser } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { listAuditActors } from "./list-audit-actors";
import { listAuditEntries } from "./list-audit-entries";
import { recordAuditEntry } from "./record-audit-entry";
import { createTestCampaign } from "@/tests/factories/campaign";

const cli = cliActor();
const label = () => `tester-${crypto.randomUUID()}@example.org`;

async function record(actorLabel: string, action: "organiser.add" | "sessions.revoke" = "organiser.add") {
  await recordAuditEntry(db(), { actor: { actorId: null, actorLabel }, action, target: { type: "user", id: "t" }, details: { n: 1 } });
  return db().auditLogEntry.findFirstOrThrow({ where: { actorLabel }, orderBy: { id: "desc" } });
}

describe("the audit log", () => {
  it("is append-only: UPDATE, DELETE and TRUNCATE raise, whoever issues them", async () => {
    const entry = await record(label());
    await expect(db().auditLogEntry.update({ where: { id: entry.id }, data: { action: "auth.sign_in" } })).rejects.toThrow(/append-only/);
    await expect(db().auditLogEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditLogEntry" SET "details" = '{}' WHERE "id" = ${entry.id}`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditLogEntry"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditLogEntry"`)).rejects.toThrow(/append-only/);
    expect(await db().auditLogEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("pages newest first, both ways, filtered by actor, action and campaign", async () => {
    const actor = label();
    const ids: bigint[] = [];
    for (let index = 0; index < 5; index++) ids.push((await record(actor, index === 2 ? "sessions.revoke" : "organiser.add")).id);
    await record(label()); // someone else's entry never shows up below

    const first = await listAuditEntries(cli, { actor, pageSize: 2 });
    expect(first.entries.map((entry) => entry.id)).toEqual([ids[4], ids[3]]);
    expect(first).toMatchObject({ hasNewer: false, hasOlder: true });
    const second = await listAuditEntries(cli, { actor, pageSize: 2, before: ids[3] });
    expect(second.entries.map((entry) => entry.id)).toEqual([ids[2], ids[1]]);
    const last = await listAuditEntries(cli, { actor, pageSize: 2, before: ids[1] });
    expect(last.entries.map((entry) => entry.id)).toEqual([ids[0]]);
    expect(last).toMatchObject({ hasNewer: true, hasOlder: false });
    const back = await listAuditEntries(cli, { actor, pageSize: 2, after: ids[0] });
    expect(back.entries.map((entry) => entry.id)).toEqual([ids[2], ids[1]]);
    expect(back).toMatchObject({ hasNewer: true, hasOlder: true });

    const siteWide = await listAuditEntries(cli, { actor, campaignId: null });
    expect(siteWide.entries).toHaveLength(5);
    const campaign = await createTestCampaign();
    await recordAuditEntry(db(), { actor: { actorId: null, actorLabel: actor }, action: "organiser.add", target: { type: "user", id: "t" }, details: { n: 1 }, campaignId: campaign.id });
    const own = await listAuditEntries(cli, { actor, campaignId: campaign.id });
    expect(own.entries.map((entry) => entry.campaignId)).toEqual([campaign.id]);
    expect((await listAuditEntries(cli, { actor, campaignId: null })).entries).toHaveLength(5);
    const revokes = await listAuditEntries(cli, { actor, action: "sessions.revoke" });
    expect(revokes.entries.map((entry) => entry.id)).toEqual([ids[2]]);
    expect(await listAuditActors(cli)).toContain(actor);
  });

  it("is readable by admins only", async () => {
    for (const role of ["MODERATOR", "VIEWER"] as const) {
      const organiser: Organiser = { kind: "organiser", id: crypto.randomUUID(), email: label(), role };
      await expect(listAuditEntries(organiser)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAuditActors(organiser)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
