import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Organiser } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledges } from "@/tests/factories/pledge";
import { tallySnapshot } from "@/tests/support/tallies";
import { clearReviewedPledges } from "./clear-reviewed-pledges";
import { listReviewQueue } from "./list-review-queue";
import { reviewFiltersSchema } from "./review-filters";

afterAll(() => db().$disconnect());

async function drain() {
  while ((await runAggregatorTick()).events > 0);
}
beforeEach(drain);

const organiser = (role: Organiser["role"]): Organiser => ({ kind: "organiser", id: crypto.randomUUID(), email: `${role.toLowerCase()}@example.org`, role });
const moderator = organiser("MODERATOR");
const noFilters = reviewFiltersSchema.parse({});

async function heldPledges() {
  const campaign = await createTestCampaign();
  const noPow = await insertPledges(campaign.id, 3, { status: "PENDING_REVIEW", reviewReason: "no_proof_of_work", country: "BY", emailDomain: "mail.example" });
  const limited = await insertPledges(campaign.id, 2, { status: "PENDING_REVIEW", reviewReason: "rate_limited", networkHash: "shared-net", country: "PL" });
  await insertPledges(campaign.id, 4, { status: "CONFIRMED" });
  await drain();
  return { campaign, noPow, limited };
}

describe("review queue", () => {
  it("lists held pledges with their reasons and filters them", async () => {
    const { campaign, limited } = await heldPledges();
    const queue = await listReviewQueue(moderator, campaign.id, noFilters);
    expect(queue.matching).toBe(5);
    expect(queue.byReason).toEqual([
      { reason: "no_proof_of_work", count: 3 },
      { reason: "rate_limited", count: 2 },
    ]);
    expect(queue.pledges[0]).not.toHaveProperty("emailEncrypted");

    const byNetwork = await listReviewQueue(moderator, campaign.id, reviewFiltersSchema.parse({ networkHash: "shared-net" }));
    expect(byNetwork.pledges.map((pledge) => pledge.id).sort()).toEqual([...limited].sort());
    expect((await listReviewQueue(moderator, campaign.id, reviewFiltersSchema.parse({ reason: "no_proof_of_work", country: "by" }))).matching).toBe(3);
    expect((await listReviewQueue(moderator, campaign.id, reviewFiltersSchema.parse({ emailDomain: "MAIL.example" }))).matching).toBe(3);
    // A malformed filter is ignored rather than failing the page.
    expect(reviewFiltersSchema.parse({ reason: "nonsense", country: "Belarus" })).toEqual({});
  });

  it("clears held pledges, which then count, once, with an audit entry", async () => {
    const { campaign, noPow, limited } = await heldPledges();
    expect((await tallySnapshot(campaign.id)).total).toBe(4);

    const first = await clearReviewedPledges(moderator, campaign.id, noPow);
    // A second organiser pressing "Clear" on the same pledges changes nothing.
    const second = await clearReviewedPledges(organiser("ADMIN"), campaign.id, [...noPow, limited[0]!]);
    expect(first).toEqual({ cleared: 3, skipped: 0 });
    expect(second).toEqual({ cleared: 1, skipped: 3 });

    await drain();
    expect((await tallySnapshot(campaign.id)).countries).toEqual([
      { country: "BY", count: 3 },
      { country: "PL", count: 5 },
    ]);
    expect((await listReviewQueue(moderator, campaign.id, noFilters)).matching).toBe(1);
    const entries = await db().auditLogEntry.findMany({ where: { action: "pledges.review_clear", actorLabel: moderator.email }, select: { details: true } });
    expect(entries.map((entry) => entry.details)).toContainEqual({ campaignId: campaign.id, cleared: 3, pledgeIds: expect.arrayContaining(noPow) });
  });

  it("leaves other campaigns' pledges alone and refuses viewers", async () => {
    const { noPow } = await heldPledges();
    const other = await createTestCampaign();
    expect(await clearReviewedPledges(moderator, other.id, noPow)).toEqual({ cleared: 0, skipped: 3 });
    const viewer = organiser("VIEWER");
    await expect(listReviewQueue(viewer, other.id, noFilters)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(clearReviewedPledges(viewer, other.id, noPow)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
