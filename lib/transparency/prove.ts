import "server-only";
import { db } from "@/lib/db/client";
import { logSize } from "./append-leaves";
import { LogRequestError } from "./log-errors";
import { readRangeHashes } from "./read-nodes";
import { consistencyRanges, inclusionRanges } from "./merkle/tree-math";

// Proofs read O(log n) stored subtree hashes in one query (read-nodes.ts): their cost does not
// grow with the log beyond the logarithm. Any size up to the current one can be asked for, since
// complete subtrees never change once written; verifiers ask for checkpointed sizes.

export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  /** The leaf's bytes (leaf-data.ts), base64. */
  leaf: string;
  /** base64 hashes, the leaf's sibling first (RFC 9162 §2.1.3.1). */
  proof: string[];
}

export interface ConsistencyProof {
  first: number;
  second: number;
  proof: string[];
}

async function requireSize(campaignId: string, treeSize: number): Promise<void> {
  const size = await logSize(db(), campaignId);
  if (treeSize > size) throw new LogRequestError(`the log has ${size} leaves`);
}

export async function proveInclusion(campaignId: string, leafIndex: number, treeSize: number): Promise<InclusionProof> {
  if (!(leafIndex >= 0 && leafIndex < treeSize)) throw new LogRequestError("leaf index must be below the tree size");
  await requireSize(campaignId, treeSize);
  const ranges = inclusionRanges(leafIndex, treeSize);
  const [hashes, leaf] = await Promise.all([
    readRangeHashes(db(), campaignId, ranges),
    db().transparencyLeaf.findUniqueOrThrow({ where: { campaignId_index: { campaignId, index: leafIndex } }, select: { data: true } }),
  ]);
  return { leafIndex, treeSize, leaf: Buffer.from(leaf.data).toString("base64"), proof: hashes.map((hash) => hash.toString("base64")) };
}

export async function proveConsistency(campaignId: string, first: number, second: number): Promise<ConsistencyProof> {
  if (!(first >= 0 && first <= second)) throw new LogRequestError("first must not be above second");
  await requireSize(campaignId, second);
  const hashes = await readRangeHashes(db(), campaignId, consistencyRanges(first, second));
  return { first, second, proof: hashes.map((hash) => hash.toString("base64")) };
}
