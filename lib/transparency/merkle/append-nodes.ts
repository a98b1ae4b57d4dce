import { interiorHash, leafHash } from "./node-hashes";
import { frontierNodes, nodeKeyString, type NodeKey } from "./tree-math";

export interface StoredNode extends NodeKey {
  hash: Buffer;
}

/**
 * Every node that appending `leaves` to a tree of `oldSize` completes: the leaf hashes (level 0)
 * and each interior node whose range now ends inside the new leaves. Its only inputs from the
 * old tree are the frontier nodes (frontierNodes(oldSize), at most log₂ n), so an append reads a
 * handful of rows whatever the size of the log.
 */
export function appendNodes(oldSize: number, frontier: Map<string, Buffer>, leaves: readonly Uint8Array[]): StoredNode[] {
  const known = new Map(frontier);
  for (const key of frontierNodes(oldSize)) {
    if (!known.has(nodeKeyString(key))) throw new Error(`frontier node ${nodeKeyString(key)} is missing`);
  }
  const created: StoredNode[] = [];
  const add = (node: StoredNode) => {
    created.push(node);
    known.set(nodeKeyString(node), node.hash);
  };
  leaves.forEach((data, offset) => add({ level: 0, index: oldSize + offset, hash: leafHash(data) }));
  const newSize = oldSize + leaves.length;
  for (let level = 1; 2 ** level <= newSize; level++) {
    const width = 2 ** level;
    for (let index = Math.floor(oldSize / width); index < Math.floor(newSize / width); index++) {
      const left = known.get(nodeKeyString({ level: level - 1, index: 2 * index }));
      const right = known.get(nodeKeyString({ level: level - 1, index: 2 * index + 1 }));
      if (!left || !right) throw new Error(`children of ${level}:${index} are missing`);
      add({ level, index, hash: interiorHash(left, right) });
    }
  }
  return created;
}
