import "server-only";
import { randomBytes } from "node:crypto";
import { serverEnv } from "@/lib/env";
import { DecryptionError } from "@/lib/errors";
import { decryptField, encryptField } from "@/lib/privacy/encryption";

// An endpoint's signing secret is made here, shown to the organiser once, and kept only as
// AES-256-GCM ciphertext under ENCRYPTION_KEY, like supporters' personal data: a copy of the
// database cannot forge our webhooks. The context is bound into the ciphertext (encryption.ts).
const CONTEXT = "webhook.secret";

/** 32 random bytes, prefixed so a leaked one is recognisable in logs and secret scanners. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function encryptWebhookSecret(secret: string, key = serverEnv().encryptionKey): string {
  return encryptField(secret, key, CONTEXT);
}

/** With ENCRYPTION_KEY, or ENCRYPTION_KEY_PREVIOUS while `npm run keys:rotate` is under way. */
export function decryptWebhookSecret(envelope: string): string {
  const { encryptionKey, previousEncryptionKey } = serverEnv();
  try {
    return decryptField(envelope, encryptionKey, CONTEXT);
  } catch (error) {
    if (!(error instanceof DecryptionError) || !previousEncryptionKey) throw error;
    return decryptField(envelope, previousEncryptionKey, CONTEXT);
  }
}

/** Re-encrypts a secret under `newKey` (keys:rotate); null when it already is. */
export function reencryptWebhookSecret(envelope: string, previousKey: Buffer, newKey: Buffer): string | null {
  try {
    decryptField(envelope, newKey, CONTEXT);
    return null;
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
  }
  return encryptField(decryptField(envelope, previousKey, CONTEXT), newKey, CONTEXT);
}
