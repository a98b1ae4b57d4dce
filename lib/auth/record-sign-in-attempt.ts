import "server-only";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { keyedHash } from "@/lib/privacy/keyed-hash";

export const SIGN_IN_ATTEMPT_LIMIT = 5;
export const SIGN_IN_ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Records one request for a sign-in link to `email` and says whether it is within the limit
 * (5 per address per 15 minutes). Counted in PostgreSQL, so the limit holds across instances
 * and restarts. Every request counts, for addresses of organisers and strangers alike: the
 * limiter itself must not reveal who is an organiser. The address is stored only as a keyed hash.
 */
export async function recordSignInAttempt(email: string, now = new Date()): Promise<boolean> {
  const emailHash = keyedHash(email, serverEnv().hashKey, "sign-in-attempt");
  const windowStart = new Date(now.getTime() - SIGN_IN_ATTEMPT_WINDOW_MS);
  // Insert first, then count: two simultaneous requests both see each other, so a burst can
  // only be refused too eagerly, never let through.
  await db().signInAttempt.create({ data: { emailHash, at: now }, select: { id: true } });
  const recent = await db().signInAttempt.count({ where: { emailHash, at: { gt: windowStart } } });
  // Rows older than the window have no further use: keep the table (and what it reveals) small.
  await db().signInAttempt.deleteMany({ where: { at: { lte: windowStart } } });
  return recent <= SIGN_IN_ATTEMPT_LIMIT;
}
