// Pure arithmetic of RFC 9162 §2.1 Merkle trees (no hashing, no I/O), shared by the server, the
// verifier script and the browser. A node (level, index) is the complete subtree over leaves
// [index·2^level, (index+1)·2^level); every range the RFC's MTH recursion meets is made of such
// nodes, so a proof needs O(log n) stored nodes instead of all the leaves.

export interface NodeKey {
  level: number;
  index: number;
}

/** A half-open range of leaves [start, end) whose MTH is one element of a proof. */
export type LeafRange = readonly [start: number, end: number];

/** The largest power of two strictly smaller than n (n ≥ 2): the RFC's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/**
 * The complete subtrees whose hashes make up MTH(D[start:end]), left to right, in the RFC's own
 * split order (the left part is always a power of two). Only valid for the ranges the RFC's
 * recursion produces, whose start is aligned to a power of two at least the range's size.
 */
export function rangeNodes([start, end]: LeafRange): NodeKey[] {
  const size = end - start;
  if (size <= 0) throw new RangeError(`empty range [${start}, ${end})`);
  if (isPowerOfTwo(size) && start % size === 0) return [{ level: Math.log2(size), index: start / size }];
  const k = splitPoint(size);
  return [...rangeNodes([start, start + k]), ...rangeNodes([start + k, end])];
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]) as the ranges whose hashes form the inclusion proof, leaf first. */
export function inclusionRanges(leafIndex: number, treeSize: number): LeafRange[] {
  if (!(leafIndex >= 0 && leafIndex < treeSize)) throw new RangeError(`leaf ${leafIndex} is not in a tree of ${treeSize}`);
  const ranges: LeafRange[] = [];
  let start = 0;
  let end = treeSize;
  let m = leafIndex;
  const tail: LeafRange[] = [];
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (m < k) {
      tail.push([start + k, end]);
      end = start + k;
    } else {
      tail.push([start, start + k]);
      start += k;
      m -= k;
    }
  }
  // The recursion appends on the way back up: the deepest sibling comes first.
  for (let i = tail.length - 1; i >= 0; i--) ranges.push(tail[i]!);
  return ranges;
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) as ranges (empty for m = n, and for m = 0 by our convention). */
export function consistencyRanges(first: number, second: number): LeafRange[] {
  if (!(first >= 0 && first <= second)) throw new RangeError(`no consistency from ${first} to ${second}`);
  if (first === 0 || first === second) return [];
  const tail: LeafRange[] = [];
  let start = 0;
  let end = second;
  let m = first;
  let whole = true;
  for (;;) {
    if (m === end - start) {
      if (!whole) tail.push([start, end]);
      break;
    }
    const k = splitPoint(end - start);
    if (m <= k) {
      tail.push([start + k, end]);
      end = start + k;
    } else {
      tail.push([start, start + k]);
      start += k;
      m -= k;
      whole = false;
    }
  }
  return tail.reverse();
}

/** The nodes that exist once a tree holds `size` leaves and stay its right edge: size's set bits. */
export function frontierNodes(size: number): NodeKey[] {
  const nodes: NodeKey[] = [];
  for (let level = 0; 2 ** level <= size; level++) {
    if (Math.floor(size / 2 ** level) % 2 === 1) nodes.push({ level, index: Math.floor(size / 2 ** level) - 1 });
  }
  return nodes;
}

export function nodeKeyString({ level, index }: NodeKey): string {
  return `${level}:${index}`;
}
