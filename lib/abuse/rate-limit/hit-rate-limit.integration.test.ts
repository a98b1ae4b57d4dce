import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { deleteExpiredRateLimitCounters, hitRateLimit, hitRateLimits } from "./hit-rate-limit";
import { LINK_ACTION_LIMIT, limitByNetwork } from "./limit-link-actions";

afterAll(() => db().$disconnect());

const at = (iso: string) => new Date(iso);

describe("hitRateLimit (PostgreSQL fixed windows)", () => {
  it("lets `limit` hits through per window and refuses the rest until the next window", async () => {
    const rule = { key: `test:${randomUUID()}`, limit: 2, windowSeconds: 60 };
    const results = [];
    for (const second of ["00", "10", "20", "59"]) results.push(await hitRateLimit(rule, at(`2026-08-04T10:00:${second}Z`)));
    expect(results).toEqual([true, true, false, false]);
    expect(await hitRateLimit(rule, at("2026-08-04T10:01:00Z"))).toBe(true);
  });

  it("lets exactly `limit` of many simultaneous hits through", async () => {
    const rule = { key: `test:${randomUUID()}`, limit: 5, windowSeconds: 300 };
    const now = at("2026-08-04T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(rule, now)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });

  it("counts every rule, and refuses when any one is exceeded", async () => {
    const key = `test:${randomUUID()}`;
    const rules = [
      { key: `${key}:burst`, limit: 1, windowSeconds: 60 },
      { key: `${key}:sustained`, limit: 3, windowSeconds: 300 },
    ];
    const minute = (m: number) => at(`2026-08-04T10:0${m}:00Z`);
    const results = [];
    for (const m of [0, 0, 1, 2, 3]) results.push(await hitRateLimits(rules, minute(m)));
    // Burst refuses the second hit in minute 0; sustained (4th and 5th hits in 5 minutes) the last two.
    expect(results).toEqual([true, false, true, false, false]);
  });

  it("counts many rules at once exactly: of simultaneous pledges, `limit` pass every rule", async () => {
    const key = `test:${randomUUID()}`;
    const rules = [
      { key: `${key}:network`, limit: 4, windowSeconds: 60 },
      { key: `${key}:domain`, limit: 100, windowSeconds: 3600 },
      { key: `${key}:other-network`, limit: 100, windowSeconds: 60 },
    ];
    const now = at("2026-08-04T11:00:00Z");
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => hitRateLimits(i % 2 ? rules : [...rules].reverse(), now)));
    expect(results.filter(Boolean)).toHaveLength(4);
    const counters = await db().rateLimitCounter.findMany({ where: { key: { startsWith: key } }, select: { key: true, count: true } });
    expect(counters.map((counter) => counter.count)).toEqual([30, 30, 30]);
  });

  it("refuses everything when a limit is set to zero", async () => {
    expect(await hitRateLimit({ key: `test:${randomUUID()}`, limit: 0, windowSeconds: 60 })).toBe(false);
  });

  it("deletes counters whose window has passed", async () => {
    const key = `test:${randomUUID()}`;
    await hitRateLimit({ key, limit: 1, windowSeconds: 60 }, at("2026-08-04T10:00:00Z"));
    await deleteExpiredRateLimitCounters(at("2026-08-04T10:01:01Z"));
    expect(await db().rateLimitCounter.count({ where: { key: { startsWith: key } } })).toBe(0);
  });
});

describe("limitByNetwork", () => {
  it("throws RateLimitedError once a network has used up its attempts", async () => {
    const network = randomUUID();
    const now = at("2026-08-04T12:00:00Z");
    for (let attempt = 0; attempt < LINK_ACTION_LIMIT.limit; attempt++) await limitByNetwork("confirm", network, now);
    await expect(limitByNetwork("confirm", network, now)).rejects.toBeInstanceOf(RateLimitedError);
    // Another action, or another network, has its own allowance.
    await expect(limitByNetwork("withdraw", network, now)).resolves.toBeUndefined();
    await expect(limitByNetwork("confirm", randomUUID(), now)).resolves.toBeUndefined();
  });
});
