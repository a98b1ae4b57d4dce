import "server-only";
import { db } from "@/lib/db/client";
import { logOrigin } from "./checkpoint-text";
import { logSigner } from "./log-signing-key";

/** A signed tree head as published: everything needed to check its signature. */
export interface PublicCheckpoint {
  origin: string;
  treeSize: number;
  /** base64 */
  rootHash: string;
  /** A whole minute, ISO 8601 UTC. */
  issuedAt: string;
  /** Ed25519 over checkpointText(...), base64. */
  signature: string;
  keyId: string;
  /** The raw Ed25519 public key, base64. */
  publicKey: string;
}

interface CheckpointRow {
  treeSize: number;
  rootHash: Uint8Array;
  issuedAt: Date;
  signature: Uint8Array;
  keyId: string;
}

const select = { treeSize: true, rootHash: true, issuedAt: true, signature: true, keyId: true } as const;

function toPublic(campaignSlug: string, row: CheckpointRow): PublicCheckpoint {
  return {
    origin: logOrigin(campaignSlug),
    treeSize: row.treeSize,
    rootHash: Buffer.from(row.rootHash).toString("base64"),
    issuedAt: row.issuedAt.toISOString(),
    signature: Buffer.from(row.signature).toString("base64"),
    keyId: row.keyId,
    publicKey: logSigner().publicKey,
  };
}

/** The newest checkpoint, or null before the aggregator's first tick. */
export async function latestCheckpoint(campaign: { id: string; slug: string }): Promise<PublicCheckpoint | null> {
  const row = await db().transparencyCheckpoint.findFirst({ where: { campaignId: campaign.id }, orderBy: { treeSize: "desc" }, select });
  return row ? toPublic(campaign.slug, row) : null;
}

/** Checkpoints in order of size, from `fromSize` on (a page of at most `limit`). */
export async function listCheckpoints(campaign: { id: string; slug: string }, fromSize: number, limit: number): Promise<PublicCheckpoint[]> {
  const rows = await db().transparencyCheckpoint.findMany({
    where: { campaignId: campaign.id, treeSize: { gte: fromSize } },
    orderBy: { treeSize: "asc" },
    take: limit,
    select,
  });
  return rows.map((row) => toPublic(campaign.slug, row));
}
