import "server-only";
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import { serverEnv } from "@/lib/env";

// The key is kept in the environment as its 32-byte seed, like the other keys (lib/env.ts); Node
// imports a raw Ed25519 seed only wrapped in PKCS #8, whose fixed 16-byte prefix this is (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export interface LogSigner {
  /** Raw 32-byte public key, base64: what verifiers pin. */
  publicKey: string;
  /** First 8 bytes of SHA-256 of the raw public key, hex. */
  keyId: string;
  sign(text: string): Buffer;
}

let cached: { seed: string; signer: LogSigner } | undefined;

export function logSigner(): LogSigner {
  const seed = serverEnv().LOG_SIGNING_KEY;
  if (cached?.seed === seed) return cached.signer;
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.from(seed, "base64")]), format: "der", type: "pkcs8" });
  const rawPublic = rawPublicKey(createPublicKey(privateKey));
  const signer: LogSigner = {
    publicKey: rawPublic.toString("base64"),
    keyId: createHash("sha256").update(rawPublic).digest("hex").slice(0, 16),
    sign: (text) => sign(null, Buffer.from(text, "utf8"), privateKey),
  };
  cached = { seed, signer };
  return signer;
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: "jwk" });
  if (!jwk.x) throw new Error("not an Ed25519 key");
  return Buffer.from(jwk.x, "base64url");
}
