import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPowChallenge } from "@/lib/abuse/pow/create-pow-challenge";
import { issuePowChallenge } from "@/lib/abuse/pow/issue-pow-challenge";
import { difficultyFactor } from "@/lib/abuse/pow/pow-difficulty";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { submitPledge } from "@/lib/pledges/submit-pledge";
import { createTestCampaign, currentTestCampaign } from "@/tests/factories/campaign";
import { solvedPayload } from "@/tests/support/proof-of-work";

// Another campaign's form asks for its proof of work with ?campaign=<slug>: the challenge is
// priced by that campaign's settings and counters, and the server accepts its solution for a
// pledge to that campaign only (docs/decisions/0054-several-campaigns-one-instance.md).

let clientAddress = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

afterAll(() => db().$disconnect());

/** The work a solver did for a challenge (the counter it had to find). */
async function workOf(slug: string | null, address: string): Promise<number> {
  await currentTestCampaign();
  clientAddress = address;
  const payload = JSON.parse(Buffer.from(await solvedPayload(await issuePowChallenge(slug)), "base64").toString()) as { solution: { counter: number } };
  return payload.solution.counter;
}

function pledgeForm(campaign: string, altcha: string): FormData {
  const form = new FormData();
  const fields = { locale: "en", name: "Jana Nováková", email: `pow-${randomUUID()}@example.org`, country: "CZ", consentProcessing: "on", campaign, altcha };
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

async function reviewReasonOfLatest(campaignId: string) {
  const pledge = await db().pledge.findFirstOrThrow({ where: { campaignId }, orderBy: { createdAt: "desc" }, select: { reviewReason: true } });
  return pledge.reviewReason;
}

describe("proof of work for another campaign", () => {
  it("prices its challenges by that campaign's settings, not the default campaign's", async () => {
    // No free challenges, doubling at each: the third costs 8 times the base.
    const strict = await createTestCampaign({ slug: `pow-${randomUUID().slice(0, 8)}`, powFreeChallenges: 0, powDoublingStep: 1 });
    expect(difficultyFactor(3, { powFreeChallenges: 0, powDoublingStep: 1, powWindowSeconds: 600 })).toBe(8);
    const own: number[] = [];
    for (let index = 0; index < 3; index++) own.push(await workOf(strict.slug, "198.51.90.1"));
    // The default campaign (20 free challenges) charges another network the base for the same three.
    const base: number[] = [];
    for (let index = 0; index < 3; index++) base.push(await workOf(null, "198.51.91.1"));
    expect(own[2]!).toBeGreaterThan(Math.max(...base) * 2);
  });

  it("holds a pledge whose proof was issued for another campaign, and accepts one issued for its own", async () => {
    const other = await createTestCampaign({ slug: `pow-${randomUUID().slice(0, 8)}` });
    await currentTestCampaign();
    clientAddress = "198.51.92.1";
    const forOther = await solvedPayload(await issuePowChallenge(other.slug));
    const forDefault = await solvedPayload(await issuePowChallenge(null));

    expect((await submitPledge(initialFormState(), pledgeForm(other.slug, forOther))).status).toBe("done");
    expect(await reviewReasonOfLatest(other.id)).toBeNull();
    expect((await submitPledge(initialFormState(), pledgeForm(other.slug, forDefault))).status).toBe("done");
    expect(await reviewReasonOfLatest(other.id)).toBe("no_proof_of_work");
  });

  it("counts a proof naming no campaign (issued before a deploy) as no proof: within the network's allowance it is not held", async () => {
    const campaign = await currentTestCampaign();
    clientAddress = "198.51.94.1";
    const fromBeforeTheDeploy = await solvedPayload(await createPowChallenge({}));
    expect((await submitPledge(initialFormState(), pledgeForm(campaign.slug, fromBeforeTheDeploy))).status).toBe("done");
    expect(await reviewReasonOfLatest(campaign.id)).toBeNull();
  });

  it("issues no challenge for a draft or unknown campaign", async () => {
    const draft = await createTestCampaign({ slug: `pow-${randomUUID().slice(0, 8)}`, status: "DRAFT" });
    clientAddress = "198.51.93.1";
    for (const slug of [draft.slug, "no-such-campaign", "../x"]) await expect(issuePowChallenge(slug)).rejects.toBeInstanceOf(NotFoundError);
  });
});
