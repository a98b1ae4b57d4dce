import "server-only";
import { serverEnv } from "@/lib/env";
import { decryptField, encryptField } from "./encryption";
import { keyedHash } from "./keyed-hash";
import { canonicalEmail } from "@/lib/abuse/canonical-email";

// The app's view of the privacy primitives: which key protects which field. Field names are
// bound into each ciphertext (see encryption.ts), so they must never change once data exists.
export type PersonalField = "pledge.name" | "pledge.email";

export function encryptPersonal(value: string, field: PersonalField): string {
  return encryptField(value, serverEnv().encryptionKey, field);
}

export function decryptPersonal(envelope: string, field: PersonalField): string {
  return decryptField(envelope, serverEnv().encryptionKey, field);
}

/**
 * The lookup key for an email address: same mailbox, same hash (case, and Gmail's dots and
 * +tags, are ignored: lib/abuse/canonical-email.ts); no key, no guessing.
 */
export function emailLookupHash(email: string): string {
  return keyedHash(canonicalEmail(email), serverEnv().hashKey, "email");
}
