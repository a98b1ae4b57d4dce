import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withdrawDirectly, invalidateDirectly } from "@/tests/support/ledger";
import { insertPledge } from "@/tests/factories/pledge";
import { readCountryTallies } from "@/lib/stats/read-tallies";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { decodeLeaf } from "./leaf-data";
import { commitmentInput, decodeReceiptCode, encodeReceiptCode } from "@/lib/transparency/receipt-code";
import { findLeafByCommitment, readLeaves } from "@/lib/transparency/read-leaves";
import { latestCheckpoint } from "@/lib/transparency/read-checkpoints";
import { auditCampaignLog, drainTicks, liveCounts, logLength, minuteClock } from "@/tests/support/transparency-log";

afterAll(async () => {
  await db().$disconnect();
});

const RELEASE_WAIT_MS = 2 * 60 * 60 * 1000; // past ADR 0032's longest random delay

async function receiptOf(pledgeId: string) {
  const { logSecret } = await db().pledge.findUniqueOrThrow({ where: { id: pledgeId }, select: { logSecret: true } });
  return logSecret ? encodeReceiptCode(logSecret) : null;
}

function commitmentOf(code: string) {
  return createHash("sha256").update(commitmentInput(decodeReceiptCode(code)!)).digest();
}

describe("the transparency log", () => {
  it("appends exact countries' pledges at the next tick, tombstones withdrawals and invalidations, a fresh leaf on undo", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
    const clock = minuteClock();
    const ids = await Promise.all(Array.from({ length: 5 }, () => insertPledge(campaign.id, { country: "PL" })));
    await drainTicks(clock);
    expect(await liveCounts(campaign.id)).toEqual({ PL: 5 });
    const receipt = (await receiptOf(ids[0]!))!;
    const leaf = await findLeafByCommitment(campaign.id, commitmentOf(receipt));
    expect(leaf).toMatchObject({ country: "PL", tombstonedBy: null });

    await withdrawDirectly(ids[0]!);
    await invalidateDirectly(campaign.id, [ids[1]!], "test");
    await drainTicks(clock);
    expect(await liveCounts(campaign.id)).toEqual({ PL: 3 });
    expect(await logLength(campaign.id)).toBe(7);
    expect((await findLeafByCommitment(campaign.id, commitmentOf(receipt)))!.tombstonedBy).not.toBeNull();
    // The withdrawn row no longer points at its leaf (nor, through it, at a country).
    expect(await db().pledge.findUniqueOrThrow({ where: { id: ids[0]! }, select: { logLeafIndex: true } })).toEqual({ logLeafIndex: null });

    await db().pledge.update({ where: { id: ids[1]! }, data: { status: "CONFIRMED", invalidationId: null, invalidatedAt: null } });
    await drainTicks(clock);
    expect(await liveCounts(campaign.id)).toEqual({ PL: 4 });
    expect(await logLength(campaign.id)).toBe(8);
    const undone = await findLeafByCommitment(campaign.id, commitmentOf((await receiptOf(ids[1]!))!));
    expect(undone).toMatchObject({ leafIndex: 7, tombstonedBy: null });

    const audit = await auditCampaignLog(campaign);
    expect(audit.problems).toEqual([]);
    expect(audit.countsAt.at(-1)).toEqual({ treeSize: 8, total: 4, byCountry: { PL: 4 } });
    expect(audit.countsAt.at(-1)!.byCountry.PL).toBe((await readCountryTallies(campaign.id)).PL);
  });

  it("holds a sensitive country's leaves until its coarse release, then appends them as one batch", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY"], mapThreshold: 3 });
    const clock = minuteClock();
    await insertPledge(campaign.id, { country: "PL" });
    await drainTicks(clock);
    const before = await logLength(campaign.id);

    const belarusians = [];
    for (let i = 0; i < 4; i++) {
      belarusians.push(await insertPledge(campaign.id, { country: "BY" }));
      await drainTicks(clock);
      // Nothing in the log moves when one Belarusian confirms: no leaf, no checkpoint.
      expect(await logLength(campaign.id)).toBe(before);
    }
    const checkpointBefore = await latestCheckpoint(campaign);
    const release = new Date(clock().getTime() + RELEASE_WAIT_MS);
    await runAggregatorTick({ now: release });
    // The release publishes 3 (four rounded down to k = 3): three BY leaves, no time, no order of arrival.
    expect(await liveCounts(campaign.id)).toEqual({ BY: 3, PL: 1 });
    const leaves = (await readLeaves(campaign.id, 0, await logLength(campaign.id))).map((leaf) => decodeLeaf(Buffer.from(leaf, "base64")));
    expect(leaves.filter((leaf) => leaf.country === "BY")).toHaveLength(3);
    const checkpoint = await latestCheckpoint(campaign);
    expect(checkpoint!.treeSize).toBe(before + 3);
    expect(checkpoint!.issuedAt).toBe(new Date(Math.floor(release.getTime() / 60_000) * 60_000).toISOString());
    expect(checkpoint!.treeSize).toBeGreaterThan(checkpointBefore!.treeSize);
    // Exactly one of the four still waits: its receipt finds no leaf yet.
    const found = await Promise.all(belarusians.map(async (id) => findLeafByCommitment(campaign.id, commitmentOf((await receiptOf(id))!))));
    expect(found.filter((leaf) => leaf === null)).toHaveLength(1);

    // One withdrawal: the leaf stays until the next release (the published figure stays 3 too).
    const withdrawn = belarusians.find((_, i) => found[i] !== null)!;
    await withdrawDirectly(withdrawn);
    await runAggregatorTick({ now: new Date(release.getTime() + 60_000) });
    expect(await liveCounts(campaign.id)).toEqual({ BY: 3, PL: 1 });
    expect(await db().pledge.findUniqueOrThrow({ where: { id: withdrawn }, select: { logLeafIndex: true } })).toEqual({ logLeafIndex: null });

    const audit = await auditCampaignLog(campaign);
    expect(audit.problems).toEqual([]);
    expect(audit.countsAt.at(-1)!.byCountry).toEqual({ BY: 3, PL: 1 });
  });

  it("rounds a sensitive country down past its standing leaves by retiring random ones, which come back later", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: [], mapThreshold: 3 });
    const clock = minuteClock();
    await Promise.all(Array.from({ length: 5 }, () => insertPledge(campaign.id, { country: "BY" })));
    await drainTicks(clock);
    expect(await liveCounts(campaign.id)).toEqual({ BY: 5 });
    // Put on the list: published at once as 3 (five rounded down), and the log follows.
    await db().campaign.update({ where: { id: campaign.id }, data: { sensitiveCountries: ["BY"] } });
    await drainTicks(clock);
    expect(await liveCounts(campaign.id)).toEqual({ BY: 3 });
    const audit = await auditCampaignLog(campaign);
    expect(audit.problems).toEqual([]);
    expect(audit.countsAt.at(-1)!.byCountry).toEqual({ BY: 3 });
    expect(await db().pledge.count({ where: { campaignId: campaign.id, status: "CONFIRMED", logLeafIndex: null } })).toBe(2);
  });
});
