import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { DecryptionError } from "@/lib/errors";

// AES-256-GCM envelopes: "v1.<base64url(iv | tag | ciphertext)>". The version prefix lets us
// change algorithm or key later (re-encrypt in place) without guessing what a value is.
// The `context` (e.g. "pledge.email") is bound as additional authenticated data, so a
// ciphertext copied into another column fails to decrypt instead of being misread.
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encryptField(plaintext: string, key: Buffer, context: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const packed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  return `${VERSION}.${packed.toString("base64url")}`;
}

export function decryptField(envelope: string, key: Buffer, context: string): string {
  assertKey(key);
  const [version, body] = envelope.split(".");
  if (version !== VERSION || !body) throw new DecryptionError("unknown envelope format");
  const packed = Buffer.from(body, "base64url");
  if (packed.length < IV_BYTES + TAG_BYTES) throw new DecryptionError("envelope too short");
  const iv = packed.subarray(0, IV_BYTES);
  const tag = packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const ciphertext = packed.subarray(IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // GCM authentication failed: wrong key, wrong context or tampered data.
    throw new DecryptionError("authentication failed");
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== 32) throw new Error("AES-256-GCM needs a 32-byte key");
}
