import "server-only";
import { db } from "@/lib/db/client";
import type { HistoryRange } from "./history-range";

/** One hour or day of the public count. */
export interface HistoryPoint {
  /** Start of the bucket, ISO 8601 UTC. */
  start: string;
  /** Pledges that became confirmed in the bucket. */
  added: number;
  /** Confirmed pledges that stopped counting in it (withdrawn, invalidated, held). */
  removed: number;
  /** Confirmed supporters at the end of the bucket. */
  cumulative: number;
}

const BUCKET_MS = { hour: 3_600_000, day: 86_400_000 } as const;

/**
 * The history behind "pledges over time", from the aggregator's per-minute table (TallyMinute),
 * so it agrees with the total: the cumulative count at the end of the last bucket is the total
 * at the time the tallies were folded. Sensitive countries appear only through their published
 * figures' coarse changes, at the minute of release (never the minute anyone confirmed). Every bucket of the range is listed, empty ones as zeros,
 * up to the current one (never the future).
 */
export async function readHistory(campaignId: string, range: HistoryRange, now: Date): Promise<HistoryPoint[]> {
  const unit = range.granularity;
  const [row] = await db().$queryRaw<{ base: number; buckets: { at: number; added: number; removed: number }[] | null }[]>`
    SELECT
      (SELECT coalesce(sum("added" + "coarseAdded" - "removed" - "coarseRemoved"), 0)::int FROM "TallyMinute"
        WHERE "campaignId" = ${campaignId}::uuid AND "minute" < ${range.from}) AS "base",
      (SELECT json_agg(json_build_object('at', "at", 'added', "added", 'removed', "removed") ORDER BY "at") FROM (
         SELECT (extract(epoch FROM date_trunc(${unit}, "minute", 'UTC')) * 1000)::bigint AS "at", sum("added" + "coarseAdded")::int AS "added", sum("removed" + "coarseRemoved")::int AS "removed"
         FROM "TallyMinute"
         WHERE "campaignId" = ${campaignId}::uuid AND "minute" >= ${range.from} AND "minute" < ${range.until}
         GROUP BY 1) b) AS "buckets"`;
  const byStart = new Map((row?.buckets ?? []).map((bucket) => [Number(bucket.at), bucket]));
  const step = BUCKET_MS[unit];
  const end = Math.min(range.until.getTime(), Math.floor(now.getTime() / step) * step + step);
  const points: HistoryPoint[] = [];
  let cumulative = row?.base ?? 0;
  for (let start = range.from.getTime(); start < end; start += step) {
    const bucket = byStart.get(start);
    const added = bucket?.added ?? 0;
    const removed = bucket?.removed ?? 0;
    cumulative += added - removed;
    points.push({ start: new Date(start).toISOString(), added, removed, cumulative });
  }
  return points;
}

/** The first minute with any recorded change: where an open-ended history starts. */
export async function readHistoryStart(campaignId: string): Promise<Date | null> {
  const first = await db().tallyMinute.findFirst({ where: { campaignId }, orderBy: { minute: "asc" }, select: { minute: true } });
  return first?.minute ?? null;
}
