import { createHash, webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appendNodes } from "./append-nodes";
import { EMPTY_TREE_HASH, interiorHash, leafHash, lookupIn, rangeHash } from "./node-hashes";
import { consistencyRanges, frontierNodes, inclusionRanges, nodeKeyString } from "./tree-math";
import { bytesToHex, hexToBytes, verifyConsistency, verifyInclusion, type Sha256 } from "./verify-proofs";

const sha256: Sha256 = async (data) => new Uint8Array(await webcrypto.subtle.digest("SHA-256", data));

// The RFC's definition, written out literally: the brute-force reference everything is checked against.
function referenceRoot(leaves: Uint8Array[]): Buffer {
  if (leaves.length === 0) return createHash("sha256").digest();
  if (leaves.length === 1) return leafHash(leaves[0]!);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return interiorHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

function referenceRangeHash(leaves: Uint8Array[], [start, end]: readonly [number, number]): Buffer {
  return referenceRoot(leaves.slice(start, end));
}

// The eight inputs of Certificate Transparency's classic Merkle test (hex), and the roots of each
// prefix. The roots were derived here from the RFC's definition (referenceRoot) and match the
// values long published with RFC 6962 implementations.
const ctInputs = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(hexToBytes);
const ctRoots = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

/** A tree grown by appendNodes in uneven batches, as the aggregator grows it. */
function grow(leaves: Uint8Array[], batches: number[]): Map<string, Buffer> {
  const nodes = new Map<string, Buffer>();
  let size = 0;
  for (const batch of batches) {
    const frontier = new Map(frontierNodes(size).map((key) => [nodeKeyString(key), nodes.get(nodeKeyString(key))!]));
    for (const node of appendNodes(size, frontier, leaves.slice(size, size + batch))) nodes.set(nodeKeyString(node), node.hash);
    size += batch;
  }
  return nodes;
}

const numbered = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`leaf ${i}`));

describe("RFC 6962 hashing", () => {
  it("hashes a leaf as SHA-256(0x00 || data) and the empty tree as SHA-256('')", () => {
    expect(leafHash(new Uint8Array()).toString("hex")).toBe(createHash("sha256").update(Buffer.from([0])).digest("hex"));
    expect(EMPTY_TREE_HASH.toString("hex")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("gives the known roots for every prefix of the classic eight inputs, from stored nodes too", () => {
    ctRoots.forEach((root, i) => {
      const leaves = ctInputs.slice(0, i + 1);
      expect(referenceRoot(leaves).toString("hex")).toBe(root);
      expect(rangeHash([0, i + 1], lookupIn(grow(leaves, [i + 1]))).toString("hex")).toBe(root);
    });
  });

  it("stores the same nodes whatever the batches the leaves arrived in", () => {
    const leaves = numbered(37);
    const once = grow(leaves, [37]);
    const uneven = grow(leaves, [1, 2, 5, 8, 3, 16, 2]);
    expect([...uneven.entries()].sort()).toEqual([...once.entries()].sort());
  });
});

describe("proofs from stored nodes against brute-force recomputation", () => {
  const leaves = numbered(70);
  const nodes = grow(leaves, [3, 29, 1, 37]);
  const node = lookupIn(nodes);

  it("computes every range of every inclusion proof as the reference does, and each verifies", async () => {
    for (let size = 1; size <= 70; size++) {
      const root = referenceRoot(leaves.slice(0, size));
      for (let index = 0; index < size; index++) {
        const ranges = inclusionRanges(index, size);
        const proof = ranges.map((range) => rangeHash(range, node));
        expect(proof.map((hash) => hash.toString("hex"))).toEqual(ranges.map((range) => referenceRangeHash(leaves, range).toString("hex")));
        expect(await verifyInclusion(sha256, index, size, leafHash(leaves[index]!), proof, root)).toBe(true);
      }
    }
  });

  it("verifies every consistency proof between sizes 0..70 and rejects a wrong root or a tampered element", async () => {
    for (let second = 1; second <= 70; second++) {
      const secondRoot = referenceRoot(leaves.slice(0, second));
      for (let first = 0; first <= second; first++) {
        const firstRoot = referenceRoot(leaves.slice(0, first));
        const proof = consistencyRanges(first, second).map((range) => rangeHash(range, node));
        expect(await verifyConsistency(sha256, first, second, firstRoot, secondRoot, proof)).toBe(true);
        if (first > 0 && first < second) {
          expect(await verifyConsistency(sha256, first, second, leafHash(Buffer.from("x")), secondRoot, proof)).toBe(false);
          const tampered = proof.map((hash, i) => (i === proof.length - 1 ? leafHash(hash) : hash));
          expect(await verifyConsistency(sha256, first, second, firstRoot, secondRoot, tampered)).toBe(false);
        }
      }
    }
  });

  it("rejects an inclusion proof for the wrong leaf, index or size", async () => {
    const root = referenceRoot(leaves.slice(0, 50));
    const proof = inclusionRanges(17, 50).map((range) => rangeHash(range, node));
    expect(await verifyInclusion(sha256, 17, 50, leafHash(leaves[18]!), proof, root)).toBe(false);
    expect(await verifyInclusion(sha256, 16, 50, leafHash(leaves[17]!), proof, root)).toBe(false);
    // (A size with the same path shape, such as 51, is bound by the signed checkpoint, not the proof.)
    expect(await verifyInclusion(sha256, 17, 70, leafHash(leaves[17]!), proof, root)).toBe(false);
    expect(await verifyInclusion(sha256, 50, 50, leafHash(leaves[17]!), proof, root)).toBe(false);
  });

  it("round-trips hex", () => {
    expect(bytesToHex(hexToBytes("00ff10ab"))).toBe("00ff10ab");
    expect(() => hexToBytes("0g")).toThrow();
  });
});
