import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { solvedPayload } from "@/tests/support/proof-of-work";
import { checkPowPayload } from "./check-pow-payload";
import { createPowChallenge, FLAGGED_DIFFICULTY_FACTOR, POW_CHALLENGE_SECONDS } from "./create-pow-challenge";
import { deleteExpiredPowChallenges, spendPowChallenge } from "./spend-pow-challenge";

afterAll(() => db().$disconnect());

describe("proof of work", () => {
  it("accepts a solved challenge and says when it expires", async () => {
    const now = new Date();
    const check = await checkPowPayload(await solvedPayload(await createPowChallenge({ flagged: false, now })));
    expect(check.status).toBe("solved");
    if (check.status !== "solved") return;
    expect(Math.abs(check.expiresAt.getTime() - (now.getTime() + POW_CHALLENGE_SECONDS * 1000))).toBeLessThan(1000);
  });

  it("makes flagged sources work ten times harder", async () => {
    // The counter is secret (only a prefix of its key is sent): the solver's counter is the work done.
    const work = async (flagged: boolean) => {
      const payload = JSON.parse(Buffer.from(await solvedPayload(await createPowChallenge({ flagged })), "base64").toString()) as { solution: { counter: number } };
      return payload.solution.counter;
    };
    expect(await work(true)).toBeGreaterThan((await work(false)) * (FLAGGED_DIFFICULTY_FACTOR / 4));
  });

  it("refuses missing, forged, tampered and expired solutions", async () => {
    expect(await checkPowPayload(null)).toEqual({ status: "missing" });
    expect(await checkPowPayload("")).toEqual({ status: "missing" });
    for (const junk of ["not base64 at all", Buffer.from("{}").toString("base64"), Buffer.from('{"challenge":{"parameters":{}},"solution":{}}').toString("base64"), "A".repeat(5000)]) {
      expect(await checkPowPayload(junk)).toEqual({ status: "invalid" });
    }
    const challenge = await createPowChallenge({ flagged: false });
    const payload = JSON.parse(Buffer.from(await solvedPayload(challenge), "base64").toString()) as { challenge: { parameters: { cost: number } }; solution: { derivedKey: string } };
    const tamper = (change: (value: typeof payload) => void) => {
      const copy = structuredClone(payload);
      change(copy);
      return Buffer.from(JSON.stringify(copy)).toString("base64");
    };
    expect(await checkPowPayload(tamper((value) => (value.solution.derivedKey = value.solution.derivedKey.replace(/.$/, (last) => (last === "0" ? "1" : "0")))))).toEqual({ status: "invalid" });
    expect(await checkPowPayload(tamper((value) => (value.challenge.parameters.cost = 0)))).toEqual({ status: "invalid" });

    const old = await createPowChallenge({ flagged: false, now: new Date(Date.now() - (POW_CHALLENGE_SECONDS + 5) * 1000) });
    expect(await checkPowPayload(await solvedPayload(old))).toEqual({ status: "invalid" });
  });

  it("spends a challenge once, even when two submissions race", async () => {
    const challenge = await createPowChallenge({ flagged: false });
    const expiresAt = new Date(challenge.parameters.expiresAt! * 1000);
    const results = await Promise.all(Array.from({ length: 8 }, () => db().$transaction((tx) => spendPowChallenge(tx, challenge.signature!, expiresAt))));
    expect(results.filter(Boolean)).toHaveLength(1);
    await deleteExpiredPowChallenges(new Date(expiresAt.getTime() + 1000));
    expect(await db().spentPowChallenge.count({ where: { signature: challenge.signature! } })).toBe(0);
  });
});
