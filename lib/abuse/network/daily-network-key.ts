import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";

// The key that hashes networks on one UTC day: HMAC(HASH_KEY, that day's random secret). The
// random secret lives in the database ("NetworkHashKey") so every instance uses the same one;
// HASH_KEY lives only in the environment. A thief of the database alone cannot test guesses
// (2^24 IPv4 networks would otherwise be easy to try); after the secret is deleted (3 days) not
// even we can. See docs/decisions/0020-network-identity.md.
export const NETWORK_KEY_DAYS_KEPT = 3;

const cache = new Map<string, Buffer>();

export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export async function dailyNetworkKey(now = new Date()): Promise<Buffer> {
  const day = utcDay(now);
  const cached = cache.get(day);
  if (cached) return cached;
  // Race-safe creation: every instance offers a secret, the first insert wins, all read the winner.
  await db().$executeRaw`INSERT INTO "NetworkHashKey" ("day", "secret") VALUES (${day}::date, ${randomBytes(32)}) ON CONFLICT ("day") DO NOTHING`;
  const row = await db().networkHashKey.findUniqueOrThrow({ where: { day: new Date(`${day}T00:00:00Z`) }, select: { secret: true } });
  const key = createHmac("sha256", serverEnv().hashKey).update("network-key\u0000").update(row.secret).digest();
  cache.clear(); // keep only today's key in memory
  cache.set(day, key);
  return key;
}

/** Deletes secrets older than NETWORK_KEY_DAYS_KEPT days; returns how many. */
export async function deleteOldNetworkKeys(now = new Date()): Promise<number> {
  const oldest = new Date(`${utcDay(now)}T00:00:00Z`);
  oldest.setUTCDate(oldest.getUTCDate() - (NETWORK_KEY_DAYS_KEPT - 1));
  cache.clear();
  const { count } = await db().networkHashKey.deleteMany({ where: { day: { lt: oldest } } });
  return count;
}
