import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolvePlace } from "@/lib/geo/gazetteer";
import { createPledge } from "@/lib/pledges/create-pledge";
import { readCampaignTotals, readCountryTallies } from "@/lib/stats/read-tallies";
import { rebuildTallies } from "@/lib/stats/rebuild-tallies";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { tallySnapshot } from "@/tests/support/tallies";
import { anonymiseExpiredPledges } from "./anonymise-expired-pledges";

afterAll(() => db().$disconnect());
// Loading the gazetteer takes seconds on a busy machine: not inside the first pledge's transaction.
beforeAll(() => void resolvePlace("PL", "Warszawa"));

const personalColumns = { nameEncrypted: true, emailEncrypted: true, emailHash: true, emailDomain: true, networkHash: true, consentUpdates: true } as const;

async function campaignWithPledges(closesAt: Date, retentionMonths = 6) {
  const campaign = await createTestCampaign({ retentionMonths });
  const inputs = [
    pledgeInput({ country: "PL", city: "Warszawa", message: "Жыве Беларусь!" }),
    pledgeInput({ country: "PL", city: "Nowhere Village 42", message: "Call me on +48 600 000 000" }),
    pledgeInput({ country: "LT", consentUpdates: "on" }),
    pledgeInput({ country: "DE", city: "Berlin" }),
  ];
  for (const input of inputs) await createPledge(campaign, input, "en");
  const ids = (await db().pledge.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "asc" }, select: { id: true } })).map((row) => row.id);
  // Three confirmed (one of them with an approved public message), one never confirmed.
  await db().pledge.updateMany({ where: { id: { in: ids.slice(0, 3) } }, data: { status: "CONFIRMED", confirmedAt: new Date("2026-08-04T10:00:00Z") } });
  await db().pledge.update({ where: { id: ids[0]! }, data: { messageStatus: "APPROVED", networkHash: "x", networkHashedAt: new Date() } });
  await db().campaign.update({ where: { id: campaign.id }, data: { closesAt, status: "CLOSED" } });
  await runAggregatorTick();
  return { campaign, ids };
}

describe("anonymiseExpiredPledges", () => {
  it("erases personal data once the campaign has been closed for its retention period, and no count moves", async () => {
    const { campaign, ids } = await campaignWithPledges(new Date("2026-08-05T00:00:00Z"));
    const before = { totals: await readCampaignTotals(campaign.id), countries: await readCountryTallies(campaign.id), tallies: await tallySnapshot(campaign.id) };
    const eventsBefore = await db().tallyEvent.count({ where: { campaignId: campaign.id } });

    expect(await anonymiseExpiredPledges(new Date("2027-02-04T23:00:00Z"))).toBe(0); // not yet six months
    expect(await anonymiseExpiredPledges(new Date("2027-02-05T00:00:00Z"))).toBeGreaterThanOrEqual(4);

    const rows = await db().pledge.findMany({
      where: { id: { in: ids } },
      orderBy: { createdAt: "asc" },
      select: { ...personalColumns, cityName: true, message: true, messageFingerprint: true, status: true, country: true, confirmedAt: true, anonymisedAt: true, displayMode: true },
    });
    for (const row of rows) {
      expect(row).toMatchObject({ nameEncrypted: null, emailEncrypted: null, emailHash: null, emailDomain: null, networkHash: null, consentUpdates: false, displayMode: "ANONYMOUS" });
      expect(row.anonymisedAt).toEqual(new Date("2027-02-05T00:00:00Z"));
    }
    // The approved public message stays (anonymous now); the unpublished one, with a phone number, goes.
    expect(rows.map((row) => row.message)).toEqual(["Жыве Беларусь!", null, null, null]);
    // An erased message leaves no fingerprint behind (a hash of the supporter's words).
    expect(rows.slice(1).map((row) => row.messageFingerprint)).toEqual([null, null, null]);
    // The gazetteer's city stays (it is a tally key), the supporter's own unrecognised text goes.
    expect(rows.map((row) => row.cityName)).toEqual(["Warsaw", null, null, "Berlin"]);
    expect(rows.map((row) => [row.status, row.country])).toEqual([["CONFIRMED", "PL"], ["CONFIRMED", "PL"], ["CONFIRMED", "LT"], ["PENDING", "DE"]]);

    // No tally event was produced, and rebuilding from the anonymised rows gives the same numbers.
    expect(await db().tallyEvent.count({ where: { campaignId: campaign.id } })).toBe(eventsBefore);
    await runAggregatorTick();
    expect(await readCampaignTotals(campaign.id)).toEqual(before.totals);
    await rebuildTallies(campaign.id);
    expect(await readCountryTallies(campaign.id)).toEqual(before.countries);
    expect(await tallySnapshot(campaign.id)).toEqual(before.tallies);
  });

  it("leaves open campaigns and recently closed ones alone", async () => {
    const open = await createTestCampaign();
    await createPledge(open, pledgeInput(), "en");
    const { ids } = await campaignWithPledges(new Date("2026-08-05T00:00:00Z"), 12);
    await anonymiseExpiredPledges(new Date("2027-03-01T00:00:00Z"));
    expect(await db().pledge.count({ where: { OR: [{ campaignId: open.id }, { id: { in: ids } }], anonymisedAt: { not: null } } })).toBe(0);
    expect(await db().pledge.count({ where: { campaignId: open.id, emailEncrypted: { not: null } } })).toBe(1);
  });
});
