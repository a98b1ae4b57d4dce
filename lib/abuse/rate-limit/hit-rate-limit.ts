import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

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
 * that). See docs/decisions/0021-rate-limits-in-postgresql-held-not-refused.md and 0029.
 */
export function hitRateLimit(rule: RateLimitRule, now = new Date(), runner: Runner = db()): Promise<boolean> {
  return hitRateLimits([rule], now, runner);
}

/**
 * Counts a hit against every rule (all are counted, even after one is exceeded) in one
 * statement: a pledge counts against three limits, and one round trip instead of three is a
 * measurable share of the pledge's cost (docs/PERFORMANCE.md). Rows are upserted in key order,
 * so concurrent callers lock shared counters in the same order and cannot deadlock.
 */
export async function hitRateLimits(rules: RateLimitRule[], now = new Date(), runner: Runner = db()): Promise<boolean> {
  // A rule without a window refuses everything and has nothing to count (a limit of 0 is
  // counted and refused by the comparison below).
  const counted = rules.filter((rule) => rule.windowSeconds > 0);
  if (counted.length === 0) return rules.length === 0;
  const counters = new Map(
    counted.map((rule) => {
      const windowMs = rule.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
      const key = `${rule.key}:${rule.windowSeconds}`;
      return [key, { key, limit: rule.limit, windowStart, expiresAt: new Date(windowStart.getTime() + windowMs) }] as const;
    }),
  );
  const ordered = [...counters.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const rows = await runner.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
    VALUES ${Prisma.join(ordered.map((counter) => Prisma.sql`(${counter.key}, ${counter.windowStart}, 1, ${counter.expiresAt})`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "key", "count"`;
  const counts = new Map(rows.map((row) => [row.key, row.count]));
  return counted.length === rules.length && ordered.every((counter) => (counts.get(counter.key) ?? Number.POSITIVE_INFINITY) <= counter.limit);
}

/**
 * Adds `weight` hits to a fixed-window counter and returns its new count: for rules that price
 * volume instead of refusing it (the proof-of-work escalation, ADR 0029). Same row, same atomic
 * upsert as hitRateLimits, so every instance sees one count.
 */
export async function countHits(key: string, windowSeconds: number, weight = 1, now = new Date(), runner: Runner = db()): Promise<number> {
  const windowMs = Math.max(1, windowSeconds) * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const expiresAt = new Date(windowStart.getTime() + windowMs);
  const [row] = await runner.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
    VALUES (${`${key}:${Math.max(1, windowSeconds)}`}, ${windowStart}, ${weight}, ${expiresAt})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + ${weight}
    RETURNING "count"`;
  return row?.count ?? weight;
}

/** Deletes counters whose window has passed; returns how many. */
export async function deleteExpiredRateLimitCounters(now = new Date()): Promise<number> {
  const { count } = await db().rateLimitCounter.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
