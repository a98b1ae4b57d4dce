import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { createPledge } from "@/lib/pledges/create-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { KRAKOW, WARSAW } from "@/tests/factories/cities";
import { insertPledge, pledgeInput } from "@/tests/factories/pledge";
import { queuedEvents } from "@/tests/support/tallies";

// The trigger on "Pledge" is the only writer of the tally queue: whatever path changes whether a
// pledge counts, the queue must get exactly the matching +1 or -1, with the place it counted in.

afterAll(() => db().$disconnect());

async function tokenFor(pledgeId: string, purpose: "CONFIRM" | "WITHDRAW") {
  return issuePledgeTokens(pledgeId, [purpose]).then((tokens) => tokens[purpose]);
}

async function pendingPledgeIn(campaign: Awaited<ReturnType<typeof createTestCampaign>>) {
  await createPledge(campaign, pledgeInput({ country: "LT" }), "en");
  const { id } = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { id: true } });
  // The city form is another change's; give the pledge a gazetteer city the way it will.
  await db().pledge.update({ where: { id }, data: { cityName: WARSAW.name, cityLatitude: WARSAW.lat, cityLongitude: WARSAW.lon, cityGeonameId: WARSAW.geonameId } });
  return id;
}

describe("the tally trigger", () => {
  it("queues nothing for a pending pledge, +1 when it is confirmed, -1 with its erased city when withdrawn", async () => {
    const campaign = await createTestCampaign();
    const id = await pendingPledgeIn(campaign);
    expect(await queuedEvents(campaign.id)).toEqual([]);

    const confirmedAt = new Date("2026-08-04T10:15:30Z");
    expect(await confirmPledge(await tokenFor(id, "CONFIRM"), confirmedAt)).toBe("confirmed");
    const city = { cityKey: "g756135", cityName: "Warsaw", cityLatitude: WARSAW.lat, cityLongitude: WARSAW.lon };
    expect(await queuedEvents(campaign.id)).toEqual([{ delta: 1, country: "LT", ...city, inHistory: true, occurredAt: confirmedAt }]);

    const withdrawnAt = new Date("2026-08-04T11:00:00Z");
    expect(await withdrawPledge(await tokenFor(id, "WITHDRAW"), withdrawnAt)).toBe("withdrawn");
    expect(await db().pledge.findUniqueOrThrow({ where: { id }, select: { cityName: true } })).toEqual({ cityName: null });
    expect((await queuedEvents(campaign.id))[1]).toEqual({ delta: -1, country: "LT", ...city, inHistory: true, occurredAt: withdrawnAt });
  });

  it("follows an organiser's invalidation and its undo", async () => {
    const campaign = await createTestCampaign();
    const confirmedAt = new Date("2026-08-04T09:00:00Z");
    const id = await insertPledge(campaign.id, { country: "DE", confirmedAt });
    const invalidatedAt = new Date("2026-08-04T12:30:00Z");
    await db().pledge.update({ where: { id }, data: { status: "INVALID", invalidatedAt } });
    await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", invalidatedAt: null } });
    const events = await queuedEvents(campaign.id);
    expect(events.map(({ delta, country, occurredAt }) => ({ delta, country, occurredAt }))).toEqual([
      { delta: 1, country: "DE", occurredAt: confirmedAt },
      { delta: -1, country: "DE", occurredAt: invalidatedAt },
      { delta: 1, country: "DE", occurredAt: confirmedAt },
    ]);
  });

  it("queues -1 at the moment a confirmed pledge is deleted, and nothing for a pending one", async () => {
    const campaign = await createTestCampaign();
    const confirmed = await insertPledge(campaign.id, { city: KRAKOW });
    const pending = await insertPledge(campaign.id, { status: "PENDING" });
    const before = new Date();
    await db().pledge.deleteMany({ where: { id: { in: [confirmed, pending] } } });
    const events = await queuedEvents(campaign.id);
    expect(events.map((event) => [event.delta, event.cityKey])).toEqual([
      [1, "g3094802"],
      [-1, "g3094802"],
    ]);
    expect(events[1]!.occurredAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("queues +1 for every confirmed row of a bulk insert", async () => {
    const campaign = await createTestCampaign();
    const rows = ["PL", "PL", "LV", "BY"].map((country, index) => ({
      campaignId: campaign.id,
      status: index === 3 ? ("PENDING" as const) : ("CONFIRMED" as const),
      emailHash: `bulk-${campaign.id}-${index}`,
      country,
      locale: "en",
      consentProcessing: true,
      confirmedAt: new Date(),
    }));
    await db().pledge.createMany({ data: rows });
    expect((await queuedEvents(campaign.id)).map((event) => [event.delta, event.country])).toEqual([
      [1, "PL"],
      [1, "PL"],
      [1, "LV"],
    ]);
  });

  it("keeps a city the gazetteer did not recognise out of the queue; keys a located city without an id by name", async () => {
    const campaign = await createTestCampaign();
    const id = await insertPledge(campaign.id, { status: "PENDING" });
    await db().pledge.update({ where: { id }, data: { cityName: "Flat 3, 12 Secret Street" } });
    await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    await insertPledge(campaign.id, { city: { name: "Warszawa", lat: WARSAW.lat, lon: WARSAW.lon } });
    const events = await queuedEvents(campaign.id);
    expect(events.map(({ cityKey, cityName, cityLatitude }) => ({ cityKey, cityName, cityLatitude }))).toEqual([
      { cityKey: null, cityName: null, cityLatitude: null },
      { cityKey: "nPL:warszawa", cityName: "Warszawa", cityLatitude: WARSAW.lat },
    ]);
  });

  it("moves a confirmed pledge whose place changes, outside the history; ignores changes that do not matter", async () => {
    const campaign = await createTestCampaign();
    const id = await insertPledge(campaign.id, { city: WARSAW });
    await db().pledge.update({ where: { id }, data: { message: "Solidarity!", messageStatus: "APPROVED", confirmationEmailsSent: 2 } });
    await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", country: "PL" } });
    await db().pledge.update({ where: { id }, data: { cityName: KRAKOW.name, cityLatitude: KRAKOW.lat, cityLongitude: KRAKOW.lon, cityGeonameId: KRAKOW.geonameId } });
    const events = await queuedEvents(campaign.id);
    expect(events.map(({ delta, cityKey, inHistory }) => ({ delta, cityKey, inHistory }))).toEqual([
      { delta: 1, cityKey: "g756135", inHistory: true },
      { delta: -1, cityKey: "g756135", inHistory: false },
      { delta: 1, cityKey: "g3094802", inHistory: false },
    ]);
  });
});
