// The bytes of a leaf: exactly what is hashed (RFC 6962 leaf hash), served by /api/v1/log/leaves
// and decoded by the verifier and the verify page. Client-safe: no Node, no server.
//
//   pledge leaf:    0x01 ‖ country (2 ASCII bytes) ‖ commitment (32 bytes)         = 35 bytes
//   tombstone leaf: 0x02 ‖ country (2 ASCII bytes) ‖ retired leaf index (uint64 BE) = 11 bytes
//
// Nothing else: no time (the checkpoint's minute is the finest clock the log has), no pledge id,
// no name, email or city. The commitment is SHA-256 of the supporter's random secret
// (receipt-code.ts), so it says nothing until the supporter shows the secret.

export const PLEDGE_LEAF = 0x01;
export const TOMBSTONE_LEAF = 0x02;

export type DecodedLeaf =
  | { kind: "pledge"; country: string; commitment: Uint8Array }
  | { kind: "tombstone"; country: string; retires: number };

export function encodePledgeLeaf(country: string, commitment: Uint8Array): Uint8Array {
  if (commitment.length !== 32) throw new Error("a commitment is 32 bytes");
  const out = new Uint8Array(35);
  out[0] = PLEDGE_LEAF;
  out.set(countryBytes(country), 1);
  out.set(commitment, 3);
  return out;
}

export function encodeTombstoneLeaf(country: string, retires: number): Uint8Array {
  if (!Number.isSafeInteger(retires) || retires < 0) throw new Error("a leaf index is a non-negative integer");
  const out = new Uint8Array(11);
  out[0] = TOMBSTONE_LEAF;
  out.set(countryBytes(country), 1);
  new DataView(out.buffer).setBigUint64(3, BigInt(retires));
  return out;
}

export function decodeLeaf(data: Uint8Array): DecodedLeaf {
  const country = String.fromCharCode(data[1] ?? 0, data[2] ?? 0);
  if (!/^[A-Z]{2}$/.test(country)) throw new Error("leaf has no country code");
  if (data[0] === PLEDGE_LEAF && data.length === 35) return { kind: "pledge", country, commitment: data.slice(3) };
  if (data[0] === TOMBSTONE_LEAF && data.length === 11) {
    return { kind: "tombstone", country, retires: Number(new DataView(data.buffer, data.byteOffset, data.length).getBigUint64(3)) };
  }
  throw new Error("unknown leaf format");
}

function countryBytes(country: string): Uint8Array {
  if (!/^[A-Z]{2}$/.test(country)) throw new Error(`not a country code: ${country}`);
  return Uint8Array.of(country.charCodeAt(0), country.charCodeAt(1));
}
