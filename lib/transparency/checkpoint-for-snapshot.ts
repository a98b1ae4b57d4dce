import "server-only";
import { db } from "@/lib/db/client";
import { TALLY_LOCK_KEY } from "@/lib/stats/tally-lock";
import { issueCheckpoint } from "./issue-checkpoint";

/** The checkpoint a snapshot carries: the same fields as the API's, minus the key (its id names it). */
export interface SnapshotCheckpoint {
  [key: string]: string | number;
  treeSize: number;
  rootHash: string;
  issuedAt: string;
  signature: string;
  keyId: string;
}

/**
 * Reads a snapshot's figures and a signed checkpoint of the log as they stand at one moment: the
 * tally lock is held meanwhile, so no aggregator tick (which moves figures and log together) can
 * fall between the two reads. A verifier then finds the snapshot's per-country figures exactly
 * in the leaves up to the checkpoint's size.
 */
export async function readWithLogCheckpoint<T>(campaignSlug: string, read: () => Promise<T>, now = new Date()): Promise<{ value: T; checkpoint: SnapshotCheckpoint | null }> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TALLY_LOCK_KEY}::bigint)`;
      const value = await read();
      const campaign = await tx.campaign.findUniqueOrThrow({ where: { slug: campaignSlug }, select: { id: true, slug: true } });
      await issueCheckpoint(tx, campaign, now, { evenWithinTheMinute: true });
      const latest = await tx.transparencyCheckpoint.findFirst({
        where: { campaignId: campaign.id },
        orderBy: { treeSize: "desc" },
        select: { treeSize: true, rootHash: true, issuedAt: true, signature: true, keyId: true },
      });
      const checkpoint = latest && {
        treeSize: latest.treeSize,
        rootHash: Buffer.from(latest.rootHash).toString("base64"),
        issuedAt: latest.issuedAt.toISOString(),
        signature: Buffer.from(latest.signature).toString("base64"),
        keyId: latest.keyId,
      };
      return { value, checkpoint };
    },
    // A tick in progress finishes first (a backlog's can take seconds).
    { maxWait: 15_000, timeout: 30_000 },
  );
}
