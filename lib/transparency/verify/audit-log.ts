import { decodeLeaf } from "../leaf-data";
import { hashChildren, hashLeaf, verifyConsistency, equalBytes, type Sha256 } from "../merkle/verify-proofs";
import { base64ToBytes, verifyCheckpointSignature, type SignedCheckpoint } from "./checkpoint-signature";

// What an independent verifier does with nothing but the public API (docs/API.md): every
// checkpoint's signature, consistency between each checkpoint and the next, every leaf fetched
// and the root recomputed at every checkpoint size, and the count per country replayed from the
// leaves. Client-safe and transport-agnostic: the script gives it HTTP, the tests the routes.

export interface LogSource {
  /** Checkpoints of size ≥ fromSize, ascending; an empty page ends the list. */
  checkpoints(fromSize: number): Promise<SignedCheckpoint[]>;
  consistency(first: number, second: number): Promise<string[]>;
  /** Leaves [start, end) as base64. */
  leaves(start: number, end: number): Promise<string[]>;
}

export interface CountsAt {
  treeSize: number;
  total: number;
  byCountry: Record<string, number>;
}

export interface AuditResult {
  checkpoints: number;
  latest: SignedCheckpoint | null;
  leaves: number;
  tombstones: number;
  /** The count per country replayed at every checkpoint's size (latest last). */
  countsAt: CountsAt[];
  problems: string[];
}

export async function auditLog(source: LogSource, sha256: Sha256, options: { pageSize?: number; publicKey?: string } = {}): Promise<AuditResult> {
  const problems: string[] = [];
  const checkpoints = await allCheckpoints(source);
  const publicKey = options.publicKey ?? checkpoints[0]?.publicKey;
  for (const checkpoint of checkpoints) {
    if (!publicKey || !(await verifyCheckpointSignature(checkpoint, publicKey))) problems.push(`checkpoint ${checkpoint.treeSize}: bad signature`);
  }
  for (let i = 1; i < checkpoints.length; i++) {
    const [a, b] = [checkpoints[i - 1]!, checkpoints[i]!];
    const proof = (await source.consistency(a.treeSize, b.treeSize)).map(base64ToBytes);
    if (!(await verifyConsistency(sha256, a.treeSize, b.treeSize, base64ToBytes(a.rootHash), base64ToBytes(b.rootHash), proof))) {
      problems.push(`checkpoints ${a.treeSize} → ${b.treeSize}: not consistent`);
    }
  }

  const latest = checkpoints.at(-1) ?? null;
  const wanted = new Map(checkpoints.map((checkpoint) => [checkpoint.treeSize, checkpoint]));
  const replay = new Replay(sha256, problems);
  const countsAt: CountsAt[] = [];
  const record = async (size: number) => {
    const checkpoint = wanted.get(size);
    if (!checkpoint) return;
    if (!equalBytes(await replay.root(), base64ToBytes(checkpoint.rootHash))) problems.push(`checkpoint ${size}: root differs from the leaves`);
    countsAt.push(replay.counts());
  };
  await record(0);
  const pageSize = options.pageSize ?? 10_000;
  for (let start = 0; latest && start < latest.treeSize; start += pageSize) {
    const page = await source.leaves(start, Math.min(start + pageSize, latest.treeSize));
    if (page.length !== Math.min(pageSize, latest.treeSize - start)) problems.push(`leaves from ${start}: short page`);
    for (const leaf of page) {
      await replay.add(base64ToBytes(leaf));
      await record(replay.size);
    }
  }
  return { checkpoints: checkpoints.length, latest, leaves: replay.size - replay.tombstones, tombstones: replay.tombstones, countsAt, problems };
}

async function allCheckpoints(source: LogSource): Promise<SignedCheckpoint[]> {
  const all: SignedCheckpoint[] = [];
  for (;;) {
    const page = await source.checkpoints(all.length ? all.at(-1)!.treeSize + 1 : 0);
    if (page.length === 0) return all;
    all.push(...page);
  }
}

/** The leaves replayed in order: a stack of complete subtrees (the tree's right edge) and the counts. */
class Replay {
  size = 0;
  tombstones = 0;
  private readonly stack: { hash: Uint8Array; width: number }[] = [];
  private readonly pledges = new Map<number, { country: string; retired: boolean }>();
  private readonly live = new Map<string, number>();

  constructor(
    private readonly sha256: Sha256,
    private readonly problems: string[],
  ) {}

  async add(data: Uint8Array): Promise<void> {
    const index = this.size++;
    this.stack.push({ hash: await hashLeaf(this.sha256, data), width: 1 });
    while (this.stack.length >= 2 && this.stack.at(-1)!.width === this.stack.at(-2)!.width) {
      const right = this.stack.pop()!;
      const left = this.stack.pop()!;
      this.stack.push({ hash: await hashChildren(this.sha256, left.hash, right.hash), width: left.width * 2 });
    }
    let leaf;
    try {
      leaf = decodeLeaf(data);
    } catch {
      this.problems.push(`leaf ${index}: unreadable`);
      return;
    }
    if (leaf.kind === "pledge") {
      this.pledges.set(index, { country: leaf.country, retired: false });
      this.live.set(leaf.country, (this.live.get(leaf.country) ?? 0) + 1);
      return;
    }
    this.tombstones++;
    const target = this.pledges.get(leaf.retires);
    if (!target || target.retired || target.country !== leaf.country) {
      this.problems.push(`leaf ${index}: tombstone of ${leaf.retires} retires no live ${leaf.country} pledge`);
      return;
    }
    target.retired = true;
    this.live.set(leaf.country, this.live.get(leaf.country)! - 1);
  }

  async root(): Promise<Uint8Array> {
    if (this.stack.length === 0) return this.sha256(new Uint8Array());
    let hash = this.stack.at(-1)!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) hash = await hashChildren(this.sha256, this.stack[i]!.hash, hash);
    return hash;
  }

  counts(): CountsAt {
    const byCountry = Object.fromEntries([...this.live].filter(([, count]) => count !== 0).sort(([a], [b]) => a.localeCompare(b)));
    return { treeSize: this.size, total: Object.values(byCountry).reduce((sum, count) => sum + count, 0), byCountry };
  }
}

