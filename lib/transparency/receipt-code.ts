// A supporter's receipt: their 32-byte secret written as a code they can keep (base32, RFC 4648
// alphabet in lower case, grouped by four for copying by hand), and the commitment the log holds.
// Client-safe: the verify page derives the commitment in the browser, so the secret never has to
// be sent anywhere (only its hash is looked up).

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
const COMMITMENT_DOMAIN = new TextEncoder().encode("solidarity-pledge/receipt/v1\0");

export function encodeReceiptCode(secret: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of secret) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join("-");
}

/** The secret behind a code, or null for anything that is not a whole receipt (spaces, dashes and case are forgiven). */
export function decodeReceiptCode(code: string): Uint8Array | null {
  const clean = code.toLowerCase().replace(/[\s-]/g, "");
  if (clean.length !== 52 || ![...clean].every((char) => ALPHABET.includes(char))) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    value = ((value << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return out.length === 32 ? Uint8Array.from(out) : null;
}

/** What the log stores for a secret: SHA-256 of a fixed domain label and the secret. */
export function commitmentInput(secret: Uint8Array): Uint8Array {
  const out = new Uint8Array(COMMITMENT_DOMAIN.length + secret.length);
  out.set(COMMITMENT_DOMAIN);
  out.set(secret, COMMITMENT_DOMAIN.length);
  return out;
}
