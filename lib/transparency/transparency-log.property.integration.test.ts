import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readCountryTallies } from "@/lib/stats/read-tallies";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { invalidateDirectly, withdrawDirectly } from "@/tests/support/ledger";
import { insertPledge } from "@/tests/factories/pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { hashLeaf, verifyConsistency, verifyInclusion } from "@/lib/transparency/merkle/verify-proofs";
import { proveConsistency, proveInclusion } from "@/lib/transparency/prove";
import { listCheckpoints } from "@/lib/transparency/read-checkpoints";
import { auditCampaignLog, liveCounts, minuteClock, nodeSha256 } from "@/tests/support/transparency-log";
import { base64ToBytes } from "@/lib/transparency/verify/checkpoint-signature";

afterAll(() => db().$disconnect());

// Issue #16's property: whatever supporters and organisers do, in whatever order and with ticks
// and coarse releases wherever they fall, the log's count per country is its leaves minus its
// tombstones, equals the published figure, and every proof between its checkpoints holds.

const kinds = ["confirm", "confirm", "confirm", "withdraw", "invalidate", "undo", "tick", "release"] as const;
const step = fc.record({ kind: fc.constantFrom(...kinds), pick: fc.nat(), country: fc.constantFrom("PL", "LT", "BY") });

describe("the transparency log under random histories", () => {
  it("keeps count == leaves − tombstones == the published figures, and every proof valid", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 40 }), async (history) => {
        const campaign = await createTestCampaign({ sensitiveCountries: ["BY"], mapThreshold: 3 });
        const clock = minuteClock();
        const tick = (jumpHours = 0) => runAggregatorTick({ now: new Date(clock().getTime() + jumpHours * 3_600_000) });
        const confirmed: string[] = [];
        const invalidated: string[] = [];
        for (const { kind, pick, country } of history) {
          if (kind === "confirm") confirmed.push(await insertPledge(campaign.id, { country }));
          else if (kind === "withdraw" && confirmed.length) await withdrawDirectly(confirmed.splice(pick % confirmed.length, 1)[0]!);
          else if (kind === "invalidate" && confirmed.length) {
            const id = confirmed.splice(pick % confirmed.length, 1)[0]!;
            await invalidateDirectly(campaign.id, [id], "test");
            invalidated.push(id);
          } else if (kind === "undo" && invalidated.length) {
            const id = invalidated.splice(pick % invalidated.length, 1)[0]!;
            await db().pledge.update({ where: { id }, data: { status: "CONFIRMED", invalidationId: null, invalidatedAt: null, statusBeforeInvalidation: null } });
            confirmed.push(id);
          } else if (kind === "tick") await tick();
          else if (kind === "release") {
            await tick();
            // Past the longest random delay: whatever was due is published (the clock only moves on).
            await tick(3);
          }
        }
        await tick();
        await tick(3);
        // Ticks moved the clock hours ahead; a later tick (past all of them) may sign the last head.
        await runAggregatorTick({ now: new Date(clock().getTime() + 100 * 3_600_000) });

        const audit = await auditCampaignLog(campaign);
        expect(audit.problems).toEqual([]);
        const replayed = audit.countsAt.at(-1)!;
        const leaves = await db().transparencyLeaf.count({ where: { campaignId: campaign.id, commitment: { not: null } } });
        const tombstones = await db().transparencyLeaf.count({ where: { campaignId: campaign.id, commitment: null } });
        expect(replayed.total).toBe(leaves - tombstones);
        expect(replayed.byCountry).toEqual(await liveCounts(campaign.id));

        const tallies = await readCountryTallies(campaign.id);
        const published = await db().coarseCountryTally.findUnique({ where: { campaignId_country: { campaignId: campaign.id, country: "BY" } }, select: { published: true } });
        const exact = Object.fromEntries(Object.entries(tallies).filter(([code, count]) => code !== "BY" && count > 0));
        const expected = { ...exact, ...(published && published.published > 0 ? { BY: published.published } : {}) };
        expect(replayed.byCountry).toEqual(expected);
        expect(await db().pledge.count({ where: { campaignId: campaign.id, status: { not: "CONFIRMED" }, logLeafIndex: { not: null } } })).toBe(0);

        const checkpoints = await listCheckpoints(campaign, 0, 1000);
        const latest = checkpoints.at(-1)!;
        expect(latest.treeSize).toBe(leaves + tombstones);
        for (let index = 0; index < latest.treeSize; index++) {
          const proof = await proveInclusion(campaign.id, index, latest.treeSize);
          const leafHash = await hashLeaf(nodeSha256, base64ToBytes(proof.leaf));
          expect(await verifyInclusion(nodeSha256, index, latest.treeSize, leafHash, proof.proof.map(base64ToBytes), base64ToBytes(latest.rootHash))).toBe(true);
        }
        for (const first of checkpoints) {
          for (const second of checkpoints.filter((other) => other.treeSize >= first.treeSize)) {
            const proof = await proveConsistency(campaign.id, first.treeSize, second.treeSize);
            const valid = await verifyConsistency(nodeSha256, first.treeSize, second.treeSize, base64ToBytes(first.rootHash), base64ToBytes(second.rootHash), proof.proof.map(base64ToBytes));
            expect(valid, `${first.treeSize} → ${second.treeSize}`).toBe(true);
          }
        }
      }),
      { numRuns: 6 },
    );
  });
});
