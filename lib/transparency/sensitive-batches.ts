import "server-only";
import { randomInt } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { LeafToAppend } from "./append-leaves";
import { queuedPledges } from "./queued-pledges";

interface FigureRow {
  country: string;
  published: number;
  live: number;
}

/**
 * Sensitive countries' leaves follow their published figure (docs/decisions/0032-…), never the
 * confirmations: when a coarse release (or a list edit) changes a figure, the log's live count for
 * that country is brought to the new figure in one batch (the caller shuffles it with the tick's
 * other leaves), and at no other moment. So a Belarusian's confirmation never shows in the log
 * when it happens, the country's leaves arrive k or more at a time at the release's random
 * moment, and the log's count per country equals the published one.
 *
 * The batch tombstones every retiring leaf of the country, then either appends randomly chosen
 * queued pledges up to the figure or, when rounding down leaves more live leaves than the figure
 * allows, tombstones randomly chosen live ones and queues their pledges again (their receipts
 * find a fresh leaf at a later release).
 */
export async function sensitiveBatches(tx: Prisma.TransactionClient, campaignId: string, sensitive: string[]): Promise<LeafToAppend[]> {
  if (sensitive.length === 0) return [];
  const due = await tx.$queryRaw<FigureRow[]>`
    SELECT f."country", f."published", coalesce(c."live", 0) AS "live"
    FROM "CoarseCountryTally" f
    LEFT JOIN "TransparencyCount" c ON c."campaignId" = f."campaignId" AND c."country" = f."country"
    WHERE f."campaignId" = ${campaignId}::uuid AND f."country" = ANY(${sensitive}::text[])
      AND f."published" IS DISTINCT FROM c."reconciledTo"`;
  const batch: LeafToAppend[] = [];
  for (const figure of due) {
    batch.push(...(await batchFor(tx, campaignId, figure)));
    await tx.$executeRaw`
      INSERT INTO "TransparencyCount" AS c ("campaignId", "country", "live", "reconciledTo")
      VALUES (${campaignId}::uuid, ${figure.country}, 0, ${figure.published})
      ON CONFLICT ("campaignId", "country") DO UPDATE SET "reconciledTo" = excluded."reconciledTo"`;
  }
  return batch;
}

async function batchFor(tx: Prisma.TransactionClient, campaignId: string, { country, published, live }: FigureRow): Promise<LeafToAppend[]> {
  const retiring = await tx.$queryRaw<{ index: number }[]>`
    SELECT "index" FROM "TransparencyLeaf"
    WHERE "campaignId" = ${campaignId}::uuid AND "retiring" AND "country" = ${country}`;
  const tombstones: LeafToAppend[] = retiring.map(({ index }) => ({ kind: "tombstone", country, retires: index }));
  const remaining = live - retiring.length;
  if (remaining > published) {
    // Rounding down below the leaves still standing: retire some at random, queue their pledges.
    const surplus = await tx.$queryRaw<{ index: number }[]>`
      SELECT "index" FROM "TransparencyLeaf"
      WHERE "campaignId" = ${campaignId}::uuid AND "country" = ${country} AND "commitment" IS NOT NULL
        AND "tombstonedBy" IS NULL AND NOT "retiring"`;
    const chosen = pick(surplus, remaining - published).map((row) => row.index);
    await tx.$executeRaw`
      UPDATE "Pledge" SET "logLeafIndex" = NULL
      WHERE "campaignId" = ${campaignId}::uuid AND "status" = 'CONFIRMED' AND "logLeafIndex" = ANY(${chosen}::int[])`;
    return [...tombstones, ...chosen.map((index): LeafToAppend => ({ kind: "tombstone", country, retires: index }))];
  }
  const queued = await queuedPledges(tx, campaignId, { sensitive: [country], inside: true }, 1_000_000);
  return [...tombstones, ...pick(queued, published - remaining)];
}

/** `count` items chosen uniformly at random with the CSPRNG (all of them if there are fewer). */
function pick<T>(items: T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(randomInt(0, pool.length), 1)[0]!);
  return chosen;
}
