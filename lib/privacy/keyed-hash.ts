import "server-only";
import { createHmac } from "node:crypto";

// HMAC-SHA256 under a secret key: equal inputs give equal hashes (so we can find duplicates),
// but without the key a database thief cannot test guesses such as "is x@y.org a supporter?".
export function keyedHash(value: string, key: Buffer, purpose: string): string {
  if (key.length < 32) throw new Error("keyed hash needs a key of at least 32 bytes");
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`, "utf8").digest("base64url");
}
