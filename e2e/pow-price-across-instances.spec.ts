import { expect, test } from "@playwright/test";
import type { Challenge } from "altcha-lib";
import { solvedPayload } from "../tests/support/proof-of-work";
import { randomNetworkAddress } from "./support/network";

// A network's proof-of-work price lives in PostgreSQL, not in an instance's memory (ADR 0029):
// challenges asked for on instance A make the next one on instance B dearer for the same
// network, and only for it. The network reaches the app through X-Forwarded-For, as from the
// load balancer (the e2e server trusts one hop from loopback).

const port = Number(process.env.E2E_PORT ?? 3100);
const instanceA = `http://127.0.0.1:${port}`;
const instanceB = `http://127.0.0.1:${process.env.E2E_SECOND_PORT ?? port + 1}`;
// The seeded campaign's defaults (prisma/schema.prisma) and the server's POW_MAX_NUMBER default.
const FREE_CHALLENGES = 20;
const DOUBLING_STEP = 10;
const BASE_MAX_NUMBER = 20_000;

async function challengeFrom(origin: string, address: string): Promise<Challenge> {
  const response = await fetch(`${origin}/api/pow/challenge`, { headers: { "x-forwarded-for": address } });
  expect(response.status).toBe(200);
  return (await response.json()) as Challenge;
}

/** The work a challenge took: the solver's counter (the target counter is secret). */
async function workOf(challenge: Challenge): Promise<number> {
  const { solution } = JSON.parse(Buffer.from(await solvedPayload(challenge), "base64").toString()) as { solution: { counter: number } };
  return solution.counter;
}

test("challenges asked for on one instance raise the price on the other, for that network only", async () => {
  await expect(async () => expect((await fetch(`${instanceB}/api/health`)).status).toBe(200)).toPass({ timeout: 60_000 });
  const network = randomNetworkAddress().replace(/\.\d+$/, "");
  // Two addresses of one /24 network, alternating between the instances.
  for (let index = 0; index < FREE_CHALLENGES + 2 * DOUBLING_STEP; index++) {
    await challengeFrom(index % 2 === 0 ? instanceA : instanceB, `${network}.${index % 2 === 0 ? 7 : 99}`);
  }
  // The next one costs four times the base: more work than any base challenge can take.
  expect(await workOf(await challengeFrom(instanceB, `${network}.99`))).toBeGreaterThan(BASE_MAX_NUMBER);
  // Another network, on either instance, still pays the base price.
  expect(await workOf(await challengeFrom(instanceA, randomNetworkAddress()))).toBeLessThanOrEqual(BASE_MAX_NUMBER);
});
