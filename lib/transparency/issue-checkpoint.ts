import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { checkpointText, logOrigin } from "./checkpoint-text";
import { logSize } from "./append-leaves";
import { readRootHash } from "./read-nodes";
import { logSigner } from "./log-signing-key";

/**
 * Signs a new checkpoint for a campaign's log when its tree grew and the last checkpoint is from
 * an earlier minute (or there is none yet: the empty tree is signed too, so the endpoint always
 * answers). At most one a minute, stamped with the whole minute: the log's clock is never finer
 * than the per-minute history's. Runs in the aggregator's transaction, after the tick's appends.
 */
export async function issueCheckpoint(
  tx: Prisma.TransactionClient,
  campaign: { id: string; slug: string },
  now: Date,
  // A citable snapshot needs a head of the tree as it is now, whatever the minute (ADR 0016).
  options: { evenWithinTheMinute?: boolean } = {},
): Promise<boolean> {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [latest] = await tx.$queryRaw<{ treeSize: number; issuedAt: Date }[]>`
    SELECT "treeSize", "issuedAt" FROM "TransparencyCheckpoint"
    WHERE "campaignId" = ${campaign.id}::uuid ORDER BY "treeSize" DESC LIMIT 1`;
  const size = await logSize(tx, campaign.id);
  if (latest && (size === latest.treeSize || (!options.evenWithinTheMinute && latest.issuedAt.getTime() >= minute.getTime()))) return false;
  const rootHash = (await readRootHash(tx, campaign.id, size)).toString("base64");
  const signer = logSigner();
  const signature = signer.sign(checkpointText({ origin: logOrigin(campaign.slug), treeSize: size, rootHash, issuedAt: minute.toISOString() }));
  await tx.$executeRaw`
    INSERT INTO "TransparencyCheckpoint" ("campaignId", "treeSize", "rootHash", "issuedAt", "signature", "keyId")
    VALUES (${campaign.id}::uuid, ${size}, decode(${Buffer.from(rootHash, "base64").toString("hex")}, 'hex'), ${minute}, decode(${signature.toString("hex")}, 'hex'), ${signer.keyId})`;
  return true;
}
