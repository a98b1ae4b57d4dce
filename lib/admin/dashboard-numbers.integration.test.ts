import { afterAll, describe, expect, it } from "vitest";
import { cliActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { confirmationsPerHour } from "./confirmations-per-hour";
import { countMessagesWaiting } from "@/lib/moderation/count-messages-waiting";
import { topCountries } from "./top-countries";

afterAll(() => db().$disconnect());

const viewer = { kind: "organiser", id: "00000000-0000-4000-8000-000000000001", email: "viewer@example.org", role: "VIEWER" } as const;

describe("dashboard numbers", () => {
  it("counts confirmations per UTC hour over the window, every hour present, now last", async () => {
    const campaign = await createTestCampaign();
    const now = new Date("2026-08-04T12:34:00Z");
    await insertPledge(campaign.id, { confirmedAt: new Date("2026-08-04T12:05:00Z") });
    await insertPledge(campaign.id, { confirmedAt: new Date("2026-08-04T12:30:00Z") });
    await insertPledge(campaign.id, { confirmedAt: new Date("2026-08-04T10:59:59Z") });
    await insertPledge(campaign.id, { confirmedAt: new Date("2026-08-02T12:00:00Z") }); // outside 48 h
    const withdrawn = await insertPledge(campaign.id, { confirmedAt: new Date("2026-08-04T11:15:00Z") });
    await db().pledge.update({ where: { id: withdrawn }, data: { status: "WITHDRAWN" } });

    const hours = await confirmationsPerHour(viewer, campaign.id, { now });
    expect(hours).toHaveLength(48);
    expect(hours[0]!.hour).toEqual(new Date("2026-08-02T13:00:00Z"));
    expect(hours.slice(-3)).toEqual([
      { hour: new Date("2026-08-04T10:00:00Z"), confirmations: 1 },
      { hour: new Date("2026-08-04T11:00:00Z"), confirmations: 1 },
      { hour: new Date("2026-08-04T12:00:00Z"), confirmations: 2 },
    ]);
    expect(hours.reduce((sum, hour) => sum + hour.confirmations, 0)).toBe(4);
  });

  it("counts pending and held messages of confirmed pledges only", async () => {
    const campaign = await createTestCampaign();
    const statuses = ["PENDING", "HELD", "APPROVED", "REJECTED"] as const;
    for (const messageStatus of statuses) {
      const id = await insertPledge(campaign.id);
      await db().pledge.update({ where: { id }, data: { message: "Solidarity", messageStatus } });
    }
    const unconfirmed = await insertPledge(campaign.id, { status: "PENDING" });
    await db().pledge.update({ where: { id: unconfirmed }, data: { message: "Hi", messageStatus: "PENDING" } });
    expect(await countMessagesWaiting(viewer, campaign.id)).toBe(2);
  });

  it("ranks countries by confirmed pledges, at most the limit", async () => {
    const campaign = await createTestCampaign();
    for (const country of ["LT", "LT", "PL", "PL", "PL", "DE"]) await insertPledge(campaign.id, { country });
    await insertPledge(campaign.id, { country: "FR", status: "PENDING" });
    expect(await topCountries(cliActor(), campaign.id, 2)).toEqual([
      { country: "PL", pledges: 3 },
      { country: "LT", pledges: 2 },
    ]);
  });
});
