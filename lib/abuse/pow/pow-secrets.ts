import "server-only";
import { createHmac } from "node:crypto";
import { serverEnv } from "@/lib/env";

// ALTCHA's HMAC secrets, derived from HASH_KEY so there is no extra secret to manage: one signs
// the challenge (tamper check), the other the expected key (verification is then one HMAC, not
// a re-derivation). Different purposes, different keys.
export function powSecrets(): { signature: string; keySignature: string } {
  const key = serverEnv().hashKey;
  const derive = (purpose: string) => createHmac("sha256", key).update(`altcha\u0000${purpose}`).digest("base64url");
  return { signature: derive("challenge-signature"), keySignature: derive("key-signature") };
}
