// Helpers for the transparency log tests (never imported by the app): the verifier's source
// wired straight to the read functions, and the audit of a campaign's log with Node's hash.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import type { Sha256 } from "@/lib/transparency/merkle/verify-proofs";
import { proveConsistency } from "@/lib/transparency/prove";
import { listCheckpoints } from "@/lib/transparency/read-checkpoints";
import { readLeaves } from "@/lib/transparency/read-leaves";
import { auditLog, type LogSource } from "@/lib/transparency/verify/audit-log";

export const nodeSha256: Sha256 = async (data) => createHash("sha256").update(data).digest();

export function directSource(campaign: { id: string; slug: string }): LogSource {
  return {
    checkpoints: (fromSize) => listCheckpoints(campaign, fromSize, 100),
    consistency: async (first, second) => (await proveConsistency(campaign.id, first, second)).proof,
    leaves: (start, end) => readLeaves(campaign.id, start, end),
  };
}

export async function auditCampaignLog(campaign: { id: string; slug: string }) {
  return auditLog(directSource(campaign), nodeSha256, { pageSize: 7 });
}

/** A clock for ticks that moves a minute per call, so every tick may sign a checkpoint. */
export function minuteClock(start = Date.now()) {
  let at = Math.floor(start / 60_000) * 60_000;
  return () => new Date((at += 60_000));
}

/** Runs ticks until no tally events are left (frozen campaigns aside). */
export async function drainTicks(now: () => Date): Promise<void> {
  while ((await runAggregatorTick({ now: now() })).events > 0);
  await runAggregatorTick({ now: now() });
}

export async function liveCounts(campaignId: string): Promise<Record<string, number>> {
  const rows = await db().transparencyCount.findMany({ where: { campaignId, live: { not: 0 } }, select: { country: true, live: true }, orderBy: { country: "asc" } });
  return Object.fromEntries(rows.map((row) => [row.country, row.live]));
}

export async function logLength(campaignId: string): Promise<number> {
  return db().transparencyLeaf.count({ where: { campaignId } });
}
