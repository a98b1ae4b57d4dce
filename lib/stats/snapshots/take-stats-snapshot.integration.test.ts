import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { runAggregatorTick } from "../run-aggregator-tick";
import { BELARUS_FEWER_THAN_K, countWithSelects, invalidateDirectly, withdrawDirectly } from "@/tests/support/ledger";
import { canonicalJson, sha256Hex } from "./canonical-json";
import { findStatsSnapshot } from "./find-stats-snapshot";
import { CITE_COALESCE_MS, takeStatsSnapshot } from "./take-stats-snapshot";

afterAll(() => db().$disconnect());

describe("stats snapshots", () => {
  it("freeze the figures: later changes leave the snapshot and its hash as they were", async () => {
    const campaign = await createTestCampaign();
    const ids = [await insertPledge(campaign.id, { country: "PL" }), await insertPledge(campaign.id, { country: "PL" }), await insertPledge(campaign.id, { country: "LT" })];
    await insertPledge(campaign.id, { status: "PENDING" });
    await runAggregatorTick();
    const expected = await countWithSelects(campaign.id);

    const { id } = await takeStatsSnapshot(campaign.slug, "manual");
    const before = await findStatsSnapshot(id, campaign.id);
    expect(before.content).toMatchObject({
      campaign: campaign.slug,
      confirmed: expected.confirmed,
      countries: [...expected.countries, { ...BELARUS_FEWER_THAN_K, roundedTo: 5 }],
      trigger: "manual",
      licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    });
    expect(before.content.ledger).toMatchObject({ confirmed: 3, pending: 1, withdrawn: 0, invalidated: 0 });

    await withdrawDirectly(ids[0]!);
    await invalidateDirectly(campaign.id, [ids[1]!], "automated sign-ups");
    await insertPledge(campaign.id, { country: "DE" });
    await runAggregatorTick();

    const after = await findStatsSnapshot(id, campaign.id);
    expect(after.canonicalJson).toBe(before.canonicalJson);
    expect(after.sha256).toBe(before.sha256);
    // Anyone can recompute the hash from the downloaded bytes, and the text is canonical.
    expect(sha256Hex(after.canonicalJson)).toBe(after.sha256);
    expect(canonicalJson(JSON.parse(after.canonicalJson))).toBe(after.canonicalJson);

    // A new snapshot (past the coalescing window) shows the new figures.
    const later = await takeStatsSnapshot(campaign.slug, "manual", new Date(Date.now() + CITE_COALESCE_MS + 1));
    expect(later.reused).toBe(false);
    const fresh = await findStatsSnapshot(later.id, campaign.id);
    expect(fresh.content.confirmed).toBe((await countWithSelects(campaign.id)).confirmed);
    expect(fresh.content.ledger).toMatchObject({ withdrawn: 1, invalidated: 1 });
  });

  it("writes one citation for many simultaneous presses, which all get it", async () => {
    const campaign = await createTestCampaign();
    await insertPledge(campaign.id, { country: "PL" });
    await runAggregatorTick();
    const presses = await Promise.all(Array.from({ length: 6 }, () => takeStatsSnapshot(campaign.slug, "manual")));
    expect(new Set(presses.map((press) => press.id)).size).toBe(1);
    expect(presses.filter((press) => !press.reused)).toHaveLength(1);
    expect(await db().statsSnapshot.count({ where: { campaignId: campaign.id, trigger: "MANUAL" } })).toBe(1);
  });

  it("refuses UPDATE and DELETE in the database itself", async () => {
    const campaign = await createTestCampaign();
    const { id } = await takeStatsSnapshot(campaign.slug, "hourly");
    await expect(db().$executeRaw`UPDATE "StatsSnapshot" SET "canonicalJson" = '{}' WHERE "id" = ${id}::uuid`).rejects.toThrow(/immutable/);
    await expect(db().$executeRaw`DELETE FROM "StatsSnapshot" WHERE "id" = ${id}::uuid`).rejects.toThrow(/immutable/);
    expect((await findStatsSnapshot(id, campaign.id)).content.trigger).toBe("hourly");
  });

  it("answers presses of Cite this within a few seconds with the same snapshot", async () => {
    const campaign = await createTestCampaign();
    const now = new Date();
    const first = await takeStatsSnapshot(campaign.slug, "manual", now);
    const again = await takeStatsSnapshot(campaign.slug, "manual", new Date(now.getTime() + 1000));
    expect(again).toEqual({ id: first.id, reused: true });
    const hourly = await takeStatsSnapshot(campaign.slug, "hourly", new Date(now.getTime() + 1000));
    expect(hourly.id).not.toBe(first.id);
  });

  it("finds nothing for an unknown or malformed id, or another campaign's snapshot", async () => {
    const campaign = await createTestCampaign();
    const other = await createTestCampaign();
    const { id } = await takeStatsSnapshot(other.slug, "hourly");
    await expect(findStatsSnapshot(id, campaign.id)).rejects.toThrow(/no such snapshot/);
    await expect(findStatsSnapshot("not-a-uuid", campaign.id)).rejects.toThrow(/no such snapshot/);
  });
});
