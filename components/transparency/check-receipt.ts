import { decodeLeaf } from "@/lib/transparency/leaf-data";
import { bytesToHex, equalBytes, hashLeaf, verifyInclusion, type Sha256 } from "@/lib/transparency/merkle/verify-proofs";
import { commitmentInput, decodeReceiptCode } from "@/lib/transparency/receipt-code";
import { base64ToBytes, verifyCheckpointSignature, type SignedCheckpoint } from "@/lib/transparency/verify/checkpoint-signature";

// The verify page's check, in the browser: hash the code, find its leaf, fetch the newest
// checkpoint and the inclusion proof, and verify both here. The server is asked only for public
// data and a hash; it is trusted for nothing the browser can check itself.

export type ReceiptCheck =
  | { state: "invalidCode" | "waiting" | "failed" | "proofBad" }
  | { state: "waitingCheckpoint"; index: number }
  | { state: "retired"; index: number }
  | { state: "included"; index: number; size: number; time: string; country: string; keyId: string; signature: "checked" | "unsupported" | "bad" };

const sha256: Sha256 = async (data) => new Uint8Array(await crypto.subtle.digest("SHA-256", data as BufferSource));

async function getJson<T>(path: string): Promise<T | null> {
  const response = await fetch(path, { cache: "no-store" });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function checkReceipt(code: string): Promise<ReceiptCheck> {
  const secret = decodeReceiptCode(code);
  if (!secret) return { state: "invalidCode" };
  try {
    const commitment = await sha256(commitmentInput(secret));
    const leaf = await getJson<{ leafIndex: number; country: string; tombstonedBy: number | null }>(`/api/v1/log/receipt?commitment=${bytesToHex(commitment)}`);
    if (!leaf) return { state: "waiting" };
    if (leaf.tombstonedBy !== null) return { state: "retired", index: leaf.leafIndex };
    const checkpoint = await getJson<SignedCheckpoint>("/api/v1/log/checkpoint");
    if (!checkpoint || leaf.leafIndex >= checkpoint.treeSize) return { state: "waitingCheckpoint", index: leaf.leafIndex };
    const proof = await getJson<{ leaf: string; proof: string[] }>(`/api/v1/log/proof/inclusion?index=${leaf.leafIndex}&size=${checkpoint.treeSize}`);
    if (!proof) return { state: "failed" };
    const data = base64ToBytes(proof.leaf);
    const decoded = decodeLeaf(data);
    // The leaf must hold this receipt's commitment, not merely sit at the index the server named.
    const ours = decoded.kind === "pledge" && equalBytes(decoded.commitment, commitment);
    const included = ours && (await verifyInclusion(sha256, leaf.leafIndex, checkpoint.treeSize, await hashLeaf(sha256, data), proof.proof.map(base64ToBytes), base64ToBytes(checkpoint.rootHash)));
    if (!included) return { state: "proofBad" };
    let signature: "checked" | "unsupported" | "bad";
    try {
      signature = (await verifyCheckpointSignature(checkpoint)) ? "checked" : "bad";
    } catch {
      signature = "unsupported"; // no Ed25519 in this browser's Web Crypto
    }
    return { state: "included", index: leaf.leafIndex, size: checkpoint.treeSize, time: checkpoint.issuedAt.slice(0, 16).replace("T", " "), country: decoded.country, keyId: checkpoint.keyId, signature };
  } catch {
    return { state: "failed" };
  }
}
