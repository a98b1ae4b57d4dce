import "server-only";
import { serverEnv } from "@/lib/env";
import { DecryptionError } from "@/lib/errors";
import { decryptField, encryptField } from "./encryption";
import { keyedHash } from "./keyed-hash";
import { canonicalEmail } from "@/lib/abuse/canonical-email";

// The app's view of the privacy primitives: which key protects which field. Field names are
// bound into each ciphertext (see encryption.ts), so they must never change once data exists.
export type PersonalField = "pledge.name" | "pledge.email" | "delivery.email" | "crm.api_key" | "crm.unsubscribe_email";

export function encryptPersonal(value: string, field: PersonalField): string {
  return encryptField(value, serverEnv().encryptionKey, field);
}

/**
 * Decrypts with ENCRYPTION_KEY, or with ENCRYPTION_KEY_PREVIOUS while a rotation is under way
 * (`npm run keys:rotate`): GCM's authentication tag tells which key a value was written with.
 */
export function decryptPersonal(envelope: string, field: PersonalField): string {
  const { encryptionKey, previousEncryptionKey } = serverEnv();
  try {
    return decryptField(envelope, encryptionKey, field);
  } catch (error) {
    if (!(error instanceof DecryptionError) || !previousEncryptionKey) throw error;
    return decryptField(envelope, previousEncryptionKey, field);
  }
}

/**
 * The lookup key for an email address: same mailbox, same hash (case, and Gmail's dots and
 * +tags, are ignored: lib/abuse/canonical-email.ts); no key, no guessing.
 */
export function emailLookupHash(email: string): string {
  return keyedHash(canonicalEmail(email), serverEnv().hashKey, "email");
}
