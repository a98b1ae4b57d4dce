import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export interface RateLimitRule {
  /** What is limited, e.g. "pledge:net:<campaign>:<network hash>" (never an address). */
  key: string;
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

type Runner = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Counts one hit against a fixed-window limit and says whether it is within it. One atomic
 * upsert per hit: PostgreSQL serialises concurrent hits on the same row, so of N simultaneous
 * requests exactly `limit` see a count ≤ limit, on any number of instances. Windows are aligned
 * to the epoch (a burst across a boundary can reach twice the limit; the sustained rule bounds
 * that). See docs/decisions/0021-rate-limits-in-postgresql.md.
 */
export async function hitRateLimit(rule: RateLimitRule, now = new Date(), runner: Runner = db()): Promise<boolean> {
  if (rule.limit <= 0 || rule.windowSeconds <= 0) return false;
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const expiresAt = new Date(windowStart.getTime() + windowMs);
  const key = `${rule.key}:${rule.windowSeconds}`;
  const [row] = await runner.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${windowStart}, 1, ${expiresAt})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  return (row?.count ?? Number.POSITIVE_INFINITY) <= rule.limit;
}

/** Counts a hit against every rule (all are counted, even after one is exceeded). */
export async function hitRateLimits(rules: RateLimitRule[], now = new Date(), runner: Runner = db()): Promise<boolean> {
  let within = true;
  for (const rule of rules) {
    if (!(await hitRateLimit(rule, now, runner))) within = false;
  }
  return within;
}

/** Deletes counters whose window has passed; returns how many. */
export async function deleteExpiredRateLimitCounters(now = new Date()): Promise<number> {
  const { count } = await db().rateLimitCounter.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
