import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { EMPTY_TREE_HASH, lookupIn, rangeHash } from "./merkle/node-hashes";
import { nodeKeyString, rangeNodes, type LeafRange, type NodeKey } from "./merkle/tree-math";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The stored subtree hashes a set of ranges needs, in one indexed query (O(log n) rows per range). */
export async function readNodes(db: Reader, campaignId: string, ranges: readonly LeafRange[]): Promise<Map<string, Buffer>> {
  const keys = new Map<string, NodeKey>();
  for (const range of ranges) for (const key of rangeNodes(range)) keys.set(nodeKeyString(key), key);
  if (keys.size === 0) return new Map();
  const rows = await db.$queryRaw<{ level: number; index: number; hash: string }[]>`
    SELECT n."level"::int AS "level", n."index", encode(n."hash", 'hex') AS "hash"
    FROM json_to_recordset(${JSON.stringify([...keys.values()])}::json) AS k("level" smallint, "index" int)
    JOIN "TransparencyNode" n ON n."campaignId" = ${campaignId}::uuid AND n."level" = k."level" AND n."index" = k."index"`;
  return new Map(rows.map((row) => [nodeKeyString(row), Buffer.from(row.hash, "hex")]));
}

/** The hashes of the given ranges (proof elements, or [0, size) for a root). */
export async function readRangeHashes(db: Reader, campaignId: string, ranges: readonly LeafRange[]): Promise<Buffer[]> {
  const lookup = lookupIn(await readNodes(db, campaignId, ranges));
  return ranges.map((range) => rangeHash(range, lookup));
}

export async function readRootHash(db: Reader, campaignId: string, size: number): Promise<Buffer> {
  if (size === 0) return EMPTY_TREE_HASH;
  const [root] = await readRangeHashes(db, campaignId, [[0, size]]);
  return root!;
}
