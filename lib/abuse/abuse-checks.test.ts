import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmPledge, inspectConfirmationToken } from "@/lib/pledges/confirm-pledge";
import { createPledge } from "@/lib/pledges/create-pledge";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { solvedPayload } from "@/tests/support/proof-of-work";
import type { PledgeSignals } from "./assess-pledge";
import { hashNetwork } from "./network/hash-network";
import { checkPowPayload } from "./pow/check-pow-payload";
import { createPowChallenge } from "./pow/create-pow-challenge";

// The anti-automation rules as a supporter (or a bot) meets them through createPledge: every
// pledge is accepted and emailed, but one without a valid proof of work or over a rate limit is
// held for review when confirmed, and never counts until an organiser clears it.

afterAll(() => db().$disconnect());

async function solvedSignals(networkHash: string): Promise<PledgeSignals> {
  return { networkHash, proofOfWork: await checkPowPayload(await solvedPayload(await createPowChallenge({ flagged: false }))) };
}

async function pledgeFor(campaignId: string, email: string) {
  const pledges = await db().pledge.findMany({ where: { campaignId }, select: { id: true, emailDomain: true, reviewReason: true, networkHash: true } });
  return pledges.find((pledge) => pledge.emailDomain === email.split("@")[1]) ?? pledges[0]!;
}

async function confirm(pledgeId: string) {
  const token = (await issuePledgeTokens(pledgeId, ["CONFIRM"])).CONFIRM;
  const before = await inspectConfirmationToken(token);
  return { before, outcome: await confirmPledge(token), status: (await db().pledge.findUniqueOrThrow({ where: { id: pledgeId }, select: { status: true } })).status };
}

describe("abuse checks on new pledges", () => {
  it("counts a pledge with a solved proof of work, stores only the network's hash and the email domain", async () => {
    const campaign = await createTestCampaign();
    const networkHash = await hashNetwork("203.0.113.45");
    await createPledge(campaign, pledgeInput({ email: `anna-${randomUUID()}@Example.ORG` }), "en", await solvedSignals(networkHash));

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM "Pledge" WHERE "campaignId" = $1', [campaign.id]);
    await client.end();
    expect(JSON.stringify(rows)).not.toContain("203.0.113");
    expect(rows[0]).toMatchObject({ networkHash, emailDomain: "example.org", reviewReason: null });
    expect(rows[0].networkHashedAt).toBeInstanceOf(Date);
    expect(await confirm(rows[0].id)).toEqual({ before: "ready", outcome: "confirmed", status: "CONFIRMED" });
  });

  it("holds a pledge sent without proof of work, and says so when it is confirmed", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, pledgeInput(), "en", { networkHash: await hashNetwork("198.51.100.1"), proofOfWork: { status: "missing" } });
    const pledge = await pledgeFor(campaign.id, "x@example.org");
    expect(pledge.reviewReason).toBe("no_proof_of_work");
    expect(await confirm(pledge.id)).toEqual({ before: "ready-held", outcome: "held", status: "PENDING_REVIEW" });
    expect(await db().tallyEvent.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it("treats a replayed or invalid solution like no proof of work", async () => {
    const campaign = await createTestCampaign({ rateLimitBurst: 100, rateLimitSustained: 100 });
    const network = await hashNetwork("198.51.100.2");
    const signals = await solvedSignals(network);
    await createPledge(campaign, pledgeInput({ email: `first-${randomUUID()}@one.example` }), "en", signals);
    await createPledge(campaign, pledgeInput({ email: `second-${randomUUID()}@two.example` }), "en", signals);
    await createPledge(campaign, pledgeInput({ email: `third-${randomUUID()}@three.example` }), "en", { networkHash: network, proofOfWork: { status: "invalid" } });
    const reasons = Object.fromEntries((await db().pledge.findMany({ where: { campaignId: campaign.id }, select: { emailDomain: true, reviewReason: true } })).map((row) => [row.emailDomain, row.reviewReason]));
    expect(reasons).toEqual({ "one.example": null, "two.example": "no_proof_of_work", "three.example": "no_proof_of_work" });
  });

  it("spends a solution once, even when eight pledges carry it at the same instant", async () => {
    const campaign = await createTestCampaign({ rateLimitBurst: 100, rateLimitSustained: 100 });
    const signals = await solvedSignals(await hashNetwork("198.51.100.3"));
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => createPledge(campaign, pledgeInput({ email: `racer-${i}-${randomUUID()}@example.org` }), "en", signals)));
    expect(outcomes).toEqual(Array(8).fill("created"));
    const reasons = (await db().pledge.findMany({ where: { campaignId: campaign.id }, select: { reviewReason: true } })).map((row) => row.reviewReason);
    expect(reasons.filter((reason) => reason === null)).toHaveLength(1);
    expect(reasons.filter((reason) => reason === "no_proof_of_work")).toHaveLength(7);
  });

  it("accepts a second quick pledge from one network silently but holds it: bots learn nothing", async () => {
    const campaign = await createTestCampaign();
    const network = await hashNetwork("192.0.2.10");
    const outcomes = [];
    for (const host of ["192.0.2.10", "192.0.2.99"]) {
      // Another address in the same /24 is the same network.
      outcomes.push(await createPledge(campaign, pledgeInput(), "en", await solvedSignals(await hashNetwork(host))));
    }
    expect(outcomes).toEqual(["created", "created"]);
    const rows = await db().pledge.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "asc" }, select: { id: true, reviewReason: true, networkHash: true } });
    expect(rows.map((row) => [row.networkHash, row.reviewReason])).toEqual([
      [network, null],
      [network, "rate_limited"],
    ]);
    // The human behind the shared network confirms by email, and is reviewed; the page does not tell.
    expect(await confirm(rows[1]!.id)).toEqual({ before: "ready", outcome: "confirmed", status: "PENDING_REVIEW" });
  });

  it("lets exactly the allowed number of simultaneous pledges from one network count", async () => {
    const campaign = await createTestCampaign({ rateLimitBurst: 3, rateLimitSustained: 3 });
    const network = await hashNetwork("2001:db8:42:1::7");
    const signals = await Promise.all(Array.from({ length: 12 }, () => solvedSignals(network)));
    await Promise.all(signals.map((each) => createPledge(campaign, pledgeInput(), "en", each)));
    const rows = await db().pledge.findMany({ where: { campaignId: campaign.id }, select: { reviewReason: true } });
    expect(rows).toHaveLength(12);
    expect(rows.filter((row) => row.reviewReason === null)).toHaveLength(3);
  });

  it("limits pledges per email domain per campaign", async () => {
    const campaign = await createTestCampaign({ rateLimitDomainPerHour: 2 });
    for (let index = 0; index < 3; index++) {
      await createPledge(campaign, pledgeInput({ email: `p${index}-${randomUUID()}@busy.example` }), "en", await solvedSignals(await hashNetwork(`10.${index}.0.1`)));
    }
    const reasons = (await db().pledge.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "asc" }, select: { reviewReason: true } })).map((row) => row.reviewReason);
    expect(reasons).toEqual([null, null, "rate_limited"]);
  });

  it("forgets where a pledge came from when it is withdrawn", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, pledgeInput(), "en", { networkHash: await hashNetwork("198.51.100.77"), proofOfWork: { status: "missing" } });
    const { id } = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { id: true } });
    expect(await withdrawPledge((await issuePledgeTokens(id, ["WITHDRAW"])).WITHDRAW)).toBe("withdrawn");
    expect(await db().pledge.findUniqueOrThrow({ where: { id }, select: { emailDomain: true, networkHash: true, networkHashedAt: true } })).toEqual({
      emailDomain: null,
      networkHash: null,
      networkHashedAt: null,
    });
  });
});
