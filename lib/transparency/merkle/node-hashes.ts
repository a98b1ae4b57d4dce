import { createHash } from "node:crypto";
import { nodeKeyString, rangeNodes, type LeafRange, type NodeKey } from "./tree-math";

// RFC 6962 §2.1 domain separation: a leaf can never be passed off as an interior node.
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function leafHash(data: Uint8Array): Buffer {
  return createHash("sha256").update(LEAF_PREFIX).update(data).digest();
}

export function interiorHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash("sha256").update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_TREE_HASH = createHash("sha256").digest();

export type NodeLookup = (key: NodeKey) => Buffer;

/** MTH of a range from stored complete-subtree hashes, combined right to left as the RFC nests them. */
export function rangeHash(range: LeafRange, node: NodeLookup): Buffer {
  const parts = rangeNodes(range).map(node);
  let hash = parts.pop()!;
  while (parts.length > 0) hash = interiorHash(parts.pop()!, hash);
  return hash;
}

/** A lookup over a map of fetched nodes that fails loudly when the store missed one. */
export function lookupIn(nodes: Map<string, Buffer>): NodeLookup {
  return (key) => {
    const hash = nodes.get(nodeKeyString(key));
    if (!hash) throw new Error(`transparency log node ${nodeKeyString(key)} is missing`);
    return hash;
  };
}
