import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { appendLeaves, type LeafToAppend } from "@/lib/transparency/append-leaves";
import { proveConsistency, proveInclusion } from "@/lib/transparency/prove";
import { auditLog } from "@/lib/transparency/verify/audit-log";
import { issueCheckpoint } from "@/lib/transparency/issue-checkpoint";
import { listCheckpoints } from "@/lib/transparency/read-checkpoints";
import { readLeaves } from "@/lib/transparency/read-leaves";
import { distribution, median, type Distribution } from "../lib/percentiles";

// Measurement 6 (issue #16): the transparency log at a million leaves, on the bench's database.
// Built straight through appendLeaves (the aggregator's own append) in tick-sized batches; then
// the proofs' latency, an ordinary tick's append on the full log, and the verifier's replay of
// every leaf (in process: the HTTP hops are the public reads' business).

export interface TransparencyLogScale {
  leaves: number;
  buildSeconds: number;
  /** One tick's append of `tickLeaves` leaves onto the full log, ms (median of 20). */
  appendTickMs: number;
  tickLeaves: number;
  inclusionMs: Distribution;
  consistencyMs: Distribution;
  verifierSeconds: number;
  verifierProblems: number;
}

const BUILD_BATCH = 50_000;

function pledgeLeaves(count: number): LeafToAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: "pledge",
    country: i % 10 === 0 ? "LT" : "PL",
    commitment: createHash("sha256").update(randomBytes(32)).digest(),
    pledgeId: randomUUID(), // no such pledge: the link update touches nothing
  }));
}

export async function measureTransparencyLog(options: { leaves: number; log: (line: string) => void }): Promise<TransparencyLogScale> {
  const campaign = await db().campaign.create({ data: { slug: `bench-log-${randomUUID()}`, title: "Bench log", goal: 1, countsFrozen: true }, select: { id: true, slug: true } });
  const started = performance.now();
  for (let size = 0; size < options.leaves; size += BUILD_BATCH) {
    const count = Math.min(BUILD_BATCH, options.leaves - size);
    await db().$transaction((tx) => appendLeaves(tx, campaign.id, pledgeLeaves(count)), { timeout: 120_000 });
    if ((size / BUILD_BATCH) % 5 === 0) options.log(`  log: ${size + count} leaves`);
  }
  const buildSeconds = (performance.now() - started) / 1000;
  await db().$executeRawUnsafe(`VACUUM ANALYZE "TransparencyNode"`);
  await db().$executeRawUnsafe(`VACUUM ANALYZE "TransparencyLeaf"`);

  const tickLeaves = 100;
  const appendTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const leaves = pledgeLeaves(tickLeaves);
    const t = performance.now();
    await db().$transaction((tx) => appendLeaves(tx, campaign.id, leaves));
    appendTimes.push(performance.now() - t);
  }
  const size = options.leaves + 20 * tickLeaves;
  await db().$transaction((tx) => issueCheckpoint(tx, campaign, new Date()));

  const timed = async (work: () => Promise<unknown>) => {
    const t = performance.now();
    await work();
    return performance.now() - t;
  };
  const inclusion: number[] = [];
  const consistency: number[] = [];
  for (let i = 0; i < 500; i++) {
    inclusion.push(await timed(() => proveInclusion(campaign.id, randomInt(0, size), size)));
    consistency.push(await timed(() => proveConsistency(campaign.id, randomInt(1, size), size)));
  }

  const verifyStarted = performance.now();
  const audit = await auditLog(
    {
      checkpoints: (fromSize) => listCheckpoints(campaign, fromSize, 1000),
      consistency: async (first, second) => (await proveConsistency(campaign.id, first, second)).proof,
      leaves: (start, end) => readLeaves(campaign.id, start, end),
    },
    async (data) => createHash("sha256").update(data).digest(),
  );
  const verifierSeconds = (performance.now() - verifyStarted) / 1000;
  return {
    leaves: size,
    buildSeconds,
    appendTickMs: median(appendTimes),
    tickLeaves,
    inclusionMs: distribution(inclusion),
    consistencyMs: distribution(consistency),
    verifierSeconds,
    verifierProblems: audit.problems.length,
  };
}
