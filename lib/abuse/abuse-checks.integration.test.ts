import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmPledge, inspectConfirmationToken } from "@/lib/pledges/confirm-pledge";
import { createPledge } from "@/lib/pledges/create-pledge";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledges, pledgeInput } from "@/tests/factories/pledge";
import { solvedPayload } from "@/tests/support/proof-of-work";
import type { PledgeSignals } from "./assess-pledge";
import { hashNetwork } from "./network/hash-network";
import { checkPowPayload } from "./pow/check-pow-payload";
import { createPowChallenge } from "./pow/create-pow-challenge";
import { countChallengeIssued } from "./pow/network-pow-level";

// The anti-automation rules as a supporter (or a bot) meets them through createPledge and
// confirmPledge (ADR 0029): every pledge is accepted and emailed; volume prices the next proofs
// of work instead of holding anyone; evidence of abuse (a forged or replayed proof, too many
// proofless pledges from one network, a flagged source) holds the pledge for review when it is
// confirmed, and the supporter is told the same as everyone else.

afterAll(() => db().$disconnect());

/** A solved proof of work issued for `campaignId` (a proof counts for its own campaign only). */
async function solvedSignals(networkHash: string, campaignId: string): Promise<PledgeSignals> {
  return { networkHash, proofOfWork: await checkPowPayload(await solvedPayload(await createPowChallenge({ campaignId }))) };
}

/** The pledge createPledge stored (insertPledges' rows have no email domain), or the first. */
async function pledgeFor(campaignId: string, email: string) {
  const pledges = await db().pledge.findMany({ where: { campaignId, status: "PENDING" }, select: { id: true, emailDomain: true, reviewReason: true, networkHash: true } });
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
    await createPledge(campaign, pledgeInput({ email: `anna-${randomUUID()}@Example.ORG` }), "en", await solvedSignals(networkHash, campaign.id));

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM "Pledge" WHERE "campaignId" = $1', [campaign.id]);
    await client.end();
    expect(JSON.stringify(rows)).not.toContain("203.0.113");
    expect(rows[0]).toMatchObject({ networkHash, emailDomain: "example.org", reviewReason: null });
    expect(rows[0].networkHashedAt).toBeInstanceOf(Date);
    expect(await confirm(rows[0].id)).toEqual({ before: "ready", outcome: "confirmed", status: "CONFIRMED" });
  });

  it("counts a pledge sent without JavaScript once confirmed, up to the network's hourly allowance", async () => {
    // Tor Browser "Safest" and no-JavaScript browsers cannot solve the puzzle: the emailed link is
    // their gate. A network sending more proofless pledges than the allowance is evidence of a bot.
    const campaign = await createTestCampaign({ noProofPerNetworkHour: 2 });
    const network = await hashNetwork("198.51.100.1");
    for (let index = 0; index < 3; index++) {
      await createPledge(campaign, pledgeInput({ email: `p${index}-${randomUUID()}@example.org` }), "en", { networkHash: network, proofOfWork: { status: "missing" } });
    }
    const rows = await db().pledge.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "asc" }, select: { id: true, reviewReason: true } });
    expect(rows.map((row) => row.reviewReason)).toEqual([null, null, "no_proof_of_work"]);
    expect(await confirm(rows[0]!.id)).toEqual({ before: "ready", outcome: "confirmed", status: "CONFIRMED" });
    // Held or not, the page says the same.
    expect(await confirm(rows[2]!.id)).toEqual({ before: "ready", outcome: "confirmed", status: "PENDING_REVIEW" });
  });

  it("treats a replayed or invalid solution as evidence and holds the pledge", async () => {
    const campaign = await createTestCampaign();
    const network = await hashNetwork("198.51.100.2");
    const signals = await solvedSignals(network, campaign.id);
    await createPledge(campaign, pledgeInput({ email: `first-${randomUUID()}@one.example` }), "en", signals);
    await createPledge(campaign, pledgeInput({ email: `second-${randomUUID()}@two.example` }), "en", signals);
    await createPledge(campaign, pledgeInput({ email: `third-${randomUUID()}@three.example` }), "en", { networkHash: network, proofOfWork: { status: "invalid" } });
    const reasons = Object.fromEntries((await db().pledge.findMany({ where: { campaignId: campaign.id }, select: { emailDomain: true, reviewReason: true } })).map((row) => [row.emailDomain, row.reviewReason]));
    expect(reasons).toEqual({ "one.example": null, "two.example": "no_proof_of_work", "three.example": "no_proof_of_work" });
  });

  it("spends a solution once, even when eight pledges carry it at the same instant", async () => {
    const campaign = await createTestCampaign();
    const signals = await solvedSignals(await hashNetwork("198.51.100.3"), campaign.id);
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => createPledge(campaign, pledgeInput({ email: `racer-${i}-${randomUUID()}@example.org` }), "en", signals)));
    expect(outcomes).toEqual(Array(8).fill("created"));
    const reasons = (await db().pledge.findMany({ where: { campaignId: campaign.id }, select: { reviewReason: true } })).map((row) => row.reviewReason);
    expect(reasons.filter((reason) => reason === null)).toHaveLength(1);
    expect(reasons.filter((reason) => reason === "no_proof_of_work")).toHaveLength(7);
  });

  it("counts thirty people signing from one network at once, each with their own proof", async () => {
    // A 4 August gathering on the venue's Wi-Fi (two addresses of one /24 are one network).
    const campaign = await createTestCampaign();
    const addresses = Array.from({ length: 30 }, (_, index) => `192.0.2.${10 + (index % 2) * 80}`);
    const signals = await Promise.all(addresses.map(async (address) => solvedSignals(await hashNetwork(address), campaign.id)));
    expect(new Set(signals.map((each) => each.networkHash)).size).toBe(1);
    await Promise.all(signals.map((each, index) => createPledge(campaign, pledgeInput({ email: `guest-${index}-${randomUUID()}@gmail.com` }), "en", each)));
    const rows = await db().pledge.findMany({ where: { campaignId: campaign.id }, select: { id: true, reviewReason: true } });
    expect(rows).toHaveLength(30);
    expect(rows.filter((row) => row.reviewReason !== null)).toEqual([]);
    const outcomes = await Promise.all(rows.map((row) => confirm(row.id)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(30).fill("CONFIRMED"));
  });

  it("makes the sending network's proofs dearer when a small domain floods, never the big providers", async () => {
    const campaign = await createTestCampaign({ rateLimitDomainPerHour: 2, powFreeChallenges: 5, powDoublingStep: 4 });
    const flooder = await hashNetwork("10.9.0.1");
    const surge = await hashNetwork("10.8.0.1");
    for (let index = 0; index < 4; index++) {
      await createPledge(campaign, pledgeInput({ email: `p${index}-${randomUUID()}@catch-all.example` }), "en", await solvedSignals(flooder, campaign.id));
      await createPledge(campaign, pledgeInput({ email: `p${index}-${randomUUID()}@gmail.com` }), "en", await solvedSignals(surge, campaign.id));
    }
    // Nobody is held for volume: each pledge still needs its own mailbox to confirm.
    expect(await db().pledge.count({ where: { campaignId: campaign.id, reviewReason: { not: null } } })).toBe(0);
    // Two pledges over the domain's limit: two doublings' worth (2 × 4) of challenges added.
    const escalation = { id: campaign.id, powFreeChallenges: 5, powWindowSeconds: 600, powDoublingStep: 4 };
    expect(await countChallengeIssued(escalation, flooder)).toBe(2 * 4 + 1);
    expect(await countChallengeIssued(escalation, surge)).toBe(1);
  });

  it("holds confirmations from a network that dominates the campaign's last hour, not from one busy in a surge", async () => {
    const campaign = await createTestCampaign({ anomalyThreshold: 10 });
    const botNetwork = await hashNetwork("203.0.113.200");
    await insertPledges(campaign.id, 11, { networkHash: botNetwork });
    await createPledge(campaign, pledgeInput({ email: `bot-${randomUUID()}@example.org` }), "en", await solvedSignals(botNetwork, campaign.id));
    const held = await pledgeFor(campaign.id, "x@example.org");
    expect(await confirm(held.id)).toEqual({ before: "ready", outcome: "confirmed", status: "PENDING_REVIEW" });
    expect((await db().pledge.findUniqueOrThrow({ where: { id: held.id }, select: { reviewReason: true } })).reviewReason).toBe("flagged_source");

    // The same volume from a carrier's NAT while the whole campaign surges: under a tenth of the hour.
    const surging = await createTestCampaign({ anomalyThreshold: 10 });
    const carrier = await hashNetwork("203.0.114.200");
    await insertPledges(surging.id, 11, { networkHash: carrier });
    await insertPledges(surging.id, 200, {});
    await createPledge(surging, pledgeInput({ email: `commuter-${randomUUID()}@example.org` }), "en", await solvedSignals(carrier, surging.id));
    const counted = await pledgeFor(surging.id, "x@example.org");
    expect(await confirm(counted.id)).toEqual({ before: "ready", outcome: "confirmed", status: "CONFIRMED" });
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
