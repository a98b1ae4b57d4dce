import "server-only";
import { createHmac } from "node:crypto";

/**
 * The id a receiver knows a supporter by: stable for one endpoint (pledge.confirmed and the later
 * pledge.withdrawn carry the same one), different for every endpoint, and neither our pledge id
 * nor derivable from it without the endpoint's own random key.
 */
export function supporterIdFor(supporterKey: Uint8Array, pledgeId: string): string {
  return `sup_${createHmac("sha256", supporterKey).update(pledgeId, "utf8").digest("base64url").slice(0, 22)}`;
}
