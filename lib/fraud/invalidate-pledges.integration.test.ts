import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Organiser } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, PreviewChangedError } from "@/lib/errors";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledges } from "@/tests/factories/pledge";
import { tallySnapshot } from "@/tests/support/tallies";
import { invalidatePledges } from "./invalidate-pledges";
import { invalidationCriteriaSchema, type InvalidationCriteria } from "./invalidation-criteria";
import { listInvalidations } from "./list-invalidations";
import { readLedger } from "@/lib/stats/read-ledger";
import { previewInvalidation } from "./preview-invalidation";
import { undoInvalidation } from "./undo-invalidation";

afterAll(() => db().$disconnect());

async function drain() {
  while ((await runAggregatorTick()).events > 0);
}
beforeEach(drain);

const organiser = (role: Organiser["role"]): Organiser => ({ kind: "organiser", id: crypto.randomUUID(), email: `${role.toLowerCase()}@example.org`, role });
const moderator = organiser("MODERATOR");
const criteria = (fields: Record<string, string>): InvalidationCriteria => invalidationCriteriaSchema.parse(fields);

async function burst() {
  const campaign = await createTestCampaign();
  await insertPledges(campaign.id, 30, { networkHash: "bot-net", country: "DE", createdAt: new Date("2026-08-04T10:05:00Z") });
  await insertPledges(campaign.id, 4, { networkHash: "bot-net", country: "DE", status: "PENDING", createdAt: new Date("2026-08-04T10:06:00Z") });
  await insertPledges(campaign.id, 2, { networkHash: "bot-net", country: "DE", status: "PENDING_REVIEW", reviewReason: "rate_limited", createdAt: new Date("2026-08-04T10:07:00Z") });
  await insertPledges(campaign.id, 5, { networkHash: "human-net", country: "DE", createdAt: new Date("2026-08-04T10:05:00Z") });
  await drain();
  return campaign;
}

async function auditEntries(action: string, invalidationId: string) {
  return db().auditLogEntry.findMany({ where: { action, targetId: invalidationId }, select: { actorLabel: true, details: true } });
}

describe("bulk invalidation", () => {
  it("previews what it then invalidates, and the public count drops at the next tick", async () => {
    const campaign = await burst();
    expect((await tallySnapshot(campaign.id)).countries).toEqual([{ country: "DE", count: 35 }]);
    const chosen = criteria({ networkHash: "bot-net", timeField: "createdAt", from: "2026-08-04T10:00", to: "2026-08-04T10:59" });

    const preview = await previewInvalidation(moderator, campaign.id, chosen);
    expect(preview).toEqual({ total: 36, byStatus: { PENDING: 4, CONFIRMED: 30, PENDING_REVIEW: 2 } });
    const run = await invalidatePledges(moderator, campaign.id, { criteria: chosen, reason: "Automated sign-ups from one network", expected: preview.total });
    expect(run.matched).toBe(preview.total);

    await drain();
    const tallies = await tallySnapshot(campaign.id);
    expect(tallies.countries).toEqual([{ country: "DE", count: 5 }]);
    expect(tallies.total).toBe(5);
    expect(await previewInvalidation(moderator, campaign.id, chosen)).toMatchObject({ total: 0 });

    const [entry] = await auditEntries("pledges.invalidate", run.invalidationId);
    expect(entry).toMatchObject({ actorLabel: moderator.email, details: { matched: 36, reason: "Automated sign-ups from one network", criteria: { networkHash: "bot-net", from: "2026-08-04T10:00:00.000Z" } } });
    // What the public integrity ledger publishes (lib/stats/read-ledger.ts), and how many of the
    // invalidated pledges had been counted publicly before.
    expect(await readLedger(campaign.id)).toMatchObject({
      invalidatedByReason: [{ reason: "Automated sign-ups from one network", count: 36 }],
      invalidatedByDay: [{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), count: 36 }],
    });
    expect(await db().pledge.count({ where: { campaignId: campaign.id, status: "INVALID", statusBeforeInvalidation: "CONFIRMED" } })).toBe(30);
  });

  it("narrows by status and time window", async () => {
    const campaign = await burst();
    const onlyHeld = criteria({ networkHash: "bot-net", statusPENDING_REVIEW: "on" });
    expect(await previewInvalidation(moderator, campaign.id, onlyHeld)).toMatchObject({ total: 2 });
    const tooEarly = criteria({ country: "DE", timeField: "confirmedAt", to: "2026-08-04T10:04" });
    expect(await previewInvalidation(moderator, campaign.id, tooEarly)).toMatchObject({ total: 0 });
  });

  it("refuses to run when the set changed since the preview, and tells the new count", async () => {
    const campaign = await burst();
    const chosen = criteria({ networkHash: "bot-net" });
    const { total } = await previewInvalidation(moderator, campaign.id, chosen);
    await insertPledges(campaign.id, 3, { networkHash: "bot-net" });

    const refused = invalidatePledges(moderator, campaign.id, { criteria: chosen, reason: "Bots", expected: total });
    await expect(refused).rejects.toBeInstanceOf(PreviewChangedError);
    await expect(refused).rejects.toMatchObject({ expected: 36, current: 39 });
    expect(await db().pledge.count({ where: { campaignId: campaign.id, status: "INVALID" } })).toBe(0);
    expect(await db().pledgeInvalidation.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it("undo restores every pledge's earlier status and the count, once", async () => {
    const campaign = await burst();
    const chosen = criteria({ networkHash: "bot-net" });
    const { invalidationId } = await invalidatePledges(moderator, campaign.id, { criteria: chosen, reason: "Bots", expected: 36 });
    await drain();
    expect((await tallySnapshot(campaign.id)).total).toBe(5);

    expect(await undoInvalidation(moderator, campaign.id, invalidationId)).toEqual({ restored: 36 });
    await drain();
    expect((await tallySnapshot(campaign.id)).total).toBe(35);
    const statuses = await db().pledge.groupBy({ by: ["status"], where: { campaignId: campaign.id, networkHash: "bot-net" }, _count: { _all: true }, orderBy: { status: "asc" } });
    expect(statuses.map((row) => [row.status, row._count._all])).toEqual([["PENDING", 4], ["CONFIRMED", 30], ["PENDING_REVIEW", 2]]);

    await expect(undoInvalidation(moderator, campaign.id, invalidationId)).rejects.toBeInstanceOf(ConflictError);
    expect(await auditEntries("pledges.invalidation_undo", invalidationId)).toEqual([{ actorLabel: moderator.email, details: { campaignId: campaign.id, restored: 36 } }]);
    const [listed] = await listInvalidations(moderator, campaign.id);
    expect(listed).toMatchObject({ id: invalidationId, matched: 36, stillInvalid: 0, undoneBy: moderator.email, reason: "Bots" });
    expect(await readLedger(campaign.id)).toMatchObject({ invalidatedByReason: [], invalidatedByDay: [] });
  });

  it("is refused to viewers, who may still read the list", async () => {
    const campaign = await burst();
    const viewer = organiser("VIEWER");
    const chosen = criteria({ networkHash: "bot-net" });
    await expect(previewInvalidation(viewer, campaign.id, chosen)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(invalidatePledges(viewer, campaign.id, { criteria: chosen, reason: "Bots", expected: 36 })).rejects.toBeInstanceOf(ForbiddenError);
    const { invalidationId } = await invalidatePledges(moderator, campaign.id, { criteria: chosen, reason: "Bots", expected: 36 });
    await expect(undoInvalidation(viewer, campaign.id, invalidationId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listInvalidations(viewer, campaign.id)).toHaveLength(1);
  });

  it("will not choose pledges without a source", () => {
    const parsed = invalidationCriteriaSchema.safeParse({ timeField: "createdAt", from: "2026-08-04T10:00" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["sourceRequired"]);
    expect(invalidationCriteriaSchema.safeParse({ country: "DE", from: "2026-08-04T11:00", to: "2026-08-04T10:00" }).error?.issues[0]?.message).toBe("timeOrder");
  });
});
