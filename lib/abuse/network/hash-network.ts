import "server-only";
import { keyedHash } from "@/lib/privacy/keyed-hash";
import { dailyNetworkKey } from "./daily-network-key";
import { networkPrefix } from "./network-prefix";

/** The stored stand-in for an address: a keyed hash of its network under today's key. */
export async function hashNetwork(address: string | null, now = new Date()): Promise<string> {
  return keyedHash(networkPrefix(address), await dailyNetworkKey(now), "network");
}
