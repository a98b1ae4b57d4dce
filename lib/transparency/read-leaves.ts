import "server-only";
import { db } from "@/lib/db/client";
import { logSize } from "./append-leaves";
import { LogRequestError } from "./log-errors";

/** Most leaves one request may ask for: a million-leaf log is a hundred requests. */
export const LEAVES_PAGE_LIMIT = 10_000;

/** Leaves [start, end) as base64 of their bytes (leaf-data.ts), in index order. */
export async function readLeaves(campaignId: string, start: number, end: number): Promise<string[]> {
  if (!(start >= 0 && end > start)) throw new LogRequestError("end must be above start");
  if (end - start > LEAVES_PAGE_LIMIT) throw new LogRequestError(`at most ${LEAVES_PAGE_LIMIT} leaves per request`);
  // A page past the end would change later, yet pages are served as immutable.
  const size = await logSize(db(), campaignId);
  if (end > size) throw new LogRequestError(`the log has ${size} leaves`);
  const rows = await db().transparencyLeaf.findMany({
    where: { campaignId, index: { gte: start, lt: end } },
    orderBy: { index: "asc" },
    select: { data: true },
  });
  return rows.map((row) => Buffer.from(row.data).toString("base64"));
}

export interface ReceiptLeaf {
  leafIndex: number;
  country: string;
  /** The tombstone that retired the leaf, if any (withdrawn, invalidated, or re-queued by rounding). */
  tombstonedBy: number | null;
}

/**
 * The newest leaf holding a commitment (a pledge whose invalidation was undone has a fresh leaf
 * after its tombstoned one), or null: not appended yet, or never. The caller sends a hash of the
 * secret, never the secret itself.
 */
export async function findLeafByCommitment(campaignId: string, commitment: Buffer): Promise<ReceiptLeaf | null> {
  const row = await db().transparencyLeaf.findFirst({
    where: { campaignId, commitment: new Uint8Array(commitment) },
    orderBy: { index: "desc" },
    select: { index: true, country: true, tombstonedBy: true },
  });
  return row ? { leafIndex: row.index, country: row.country, tombstonedBy: row.tombstonedBy } : null;
}
