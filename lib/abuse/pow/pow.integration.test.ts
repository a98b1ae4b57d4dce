import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { solvedPayload } from "@/tests/support/proof-of-work";
import { checkPowPayload } from "./check-pow-payload";
import { createPowChallenge, POW_CHALLENGE_SECONDS } from "./create-pow-challenge";
import { difficultyFactor, POW_CEILING_FACTOR } from "./pow-difficulty";
import { deleteExpiredPowChallenges, spendPowChallenge } from "./spend-pow-challenge";

afterAll(() => db().$disconnect());

describe("proof of work", () => {
  it("accepts a solved challenge and says when it expires", async () => {
    const now = new Date();
    const check = await checkPowPayload(await solvedPayload(await createPowChallenge({ now })));
    expect(check.status).toBe("solved");
    if (check.status !== "solved") return;
    expect(Math.abs(check.expiresAt.getTime() - (now.getTime() + POW_CHALLENGE_SECONDS * 1000))).toBeLessThan(1000);
  });

  it("makes a challenge with a higher factor take that much more work, never beyond the ceiling", async () => {
    // The counter is secret (only a prefix of its key is sent): the solver's counter is the work done.
    const work = async (factor: number) => {
      const payload = JSON.parse(Buffer.from(await solvedPayload(await createPowChallenge({ factor })), "base64").toString()) as { solution: { counter: number } };
      return payload.solution.counter;
    };
    // Counters are drawn from [max/2, max]: a factor of 16 is at least 8 times the work of 1.
    expect(await work(16)).toBeGreaterThan((await work(1)) * 4);
    const base = serverEnv().POW_MAX_NUMBER;
    expect(await work(POW_CEILING_FACTOR * 100)).toBeLessThanOrEqual(base * POW_CEILING_FACTOR);
  });

  it("escalates a network's challenges: free, then doubling every step, up to the ceiling", () => {
    const settings = { powFreeChallenges: 20, powWindowSeconds: 600, powDoublingStep: 10 };
    expect([1, 20, 21, 30, 31, 40, 41].map((ordinal) => difficultyFactor(ordinal, settings))).toEqual([1, 1, 2, 2, 4, 4, 8]);
    expect(difficultyFactor(10_000, settings)).toBe(POW_CEILING_FACTOR);
    // Thirty people at a gathering pay on average a third more than one person at home.
    const gathering = Array.from({ length: 30 }, (_, index) => difficultyFactor(index + 1, settings));
    expect(gathering.reduce((sum, factor) => sum + factor, 0) / 30).toBeLessThan(1.5);
  });

  it("refuses missing, forged, tampered and expired solutions", async () => {
    expect(await checkPowPayload(null)).toEqual({ status: "missing" });
    expect(await checkPowPayload("")).toEqual({ status: "missing" });
    for (const junk of ["not base64 at all", Buffer.from("{}").toString("base64"), Buffer.from('{"challenge":{"parameters":{}},"solution":{}}').toString("base64"), "A".repeat(5000)]) {
      expect(await checkPowPayload(junk)).toEqual({ status: "invalid" });
    }
    const challenge = await createPowChallenge();
    const payload = JSON.parse(Buffer.from(await solvedPayload(challenge), "base64").toString()) as { challenge: { parameters: { cost: number } }; solution: { derivedKey: string } };
    const tamper = (change: (value: typeof payload) => void) => {
      const copy = structuredClone(payload);
      change(copy);
      return Buffer.from(JSON.stringify(copy)).toString("base64");
    };
    expect(await checkPowPayload(tamper((value) => (value.solution.derivedKey = value.solution.derivedKey.replace(/.$/, (last) => (last === "0" ? "1" : "0")))))).toEqual({ status: "invalid" });
    expect(await checkPowPayload(tamper((value) => (value.challenge.parameters.cost = 0)))).toEqual({ status: "invalid" });

    const old = await createPowChallenge({ now: new Date(Date.now() - (POW_CHALLENGE_SECONDS + 5) * 1000) });
    expect(await checkPowPayload(await solvedPayload(old))).toEqual({ status: "invalid" });
  });

  it("spends a challenge once, even when two submissions race", async () => {
    const challenge = await createPowChallenge();
    const expiresAt = new Date(challenge.parameters.expiresAt! * 1000);
    const results = await Promise.all(Array.from({ length: 8 }, () => db().$transaction((tx) => spendPowChallenge(tx, challenge.signature!, expiresAt))));
    expect(results.filter(Boolean)).toHaveLength(1);
    await deleteExpiredPowChallenges(new Date(expiresAt.getTime() + 1000));
    expect(await db().spentPowChallenge.count({ where: { signature: challenge.signature! } })).toBe(0);
  });
});
