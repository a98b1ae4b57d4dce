import { checkpointText, type CheckpointFields } from "../checkpoint-text";

// Ed25519 through Web Crypto: the same code checks a checkpoint in the verify page and in the
// verifier script (Node's globalThis.crypto). Client-safe.

export interface SignedCheckpoint extends CheckpointFields {
  signature: string;
  keyId: string;
  publicKey: string;
}

export function base64ToBytes(value: string): Uint8Array {
  const binary = atob(value);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** True when the signature is the public key's over the checkpoint's text; false also when the browser lacks Ed25519. */
export async function verifyCheckpointSignature(checkpoint: SignedCheckpoint, publicKey = checkpoint.publicKey): Promise<boolean> {
  const key = await crypto.subtle.importKey("raw", base64ToBytes(publicKey) as BufferSource, { name: "Ed25519" }, false, ["verify"]);
  const text = new TextEncoder().encode(checkpointText(checkpoint));
  return crypto.subtle.verify({ name: "Ed25519" }, key, base64ToBytes(checkpoint.signature) as BufferSource, text);
}
