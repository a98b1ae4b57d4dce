// The exact text a checkpoint's Ed25519 signature covers (after C2SP's signed-note checkpoints:
// origin, size, root, one per line). Client-safe: the verify page and the verifier rebuild it.
// The time is a whole minute (ISO 8601, UTC): no finer clock is ever published.

export interface CheckpointFields {
  origin: string;
  treeSize: number;
  /** Root hash, base64 (standard alphabet). */
  rootHash: string;
  issuedAt: string;
}

export function checkpointText({ origin, treeSize, rootHash, issuedAt }: CheckpointFields): string {
  return `${origin}\n${treeSize}\n${rootHash}\n${issuedAt}\n`;
}

/** The log's name inside every signed text: a checkpoint of one campaign never passes for another's. */
export function logOrigin(campaignSlug: string): string {
  return `solidarity-pledge/${campaignSlug}/v1`;
}
