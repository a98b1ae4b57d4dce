import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledge, insertPledges } from "@/tests/factories/pledge";
import { DASHBOARD_FRESH_MS, DASHBOARD_STALE_MS, loadDashboardNumbers } from "./load-dashboard-numbers";

afterAll(() => db().$disconnect());

const viewer = { kind: "organiser", id: "00000000-0000-4000-8000-000000000002", email: "viewer@example.org", role: "VIEWER" } as const;

describe("dashboard numbers cache", () => {
  it("counts exactly on the first view", async () => {
    const campaign = await createTestCampaign();
    await insertPledge(campaign.id, { country: "LT" });
    await insertPledge(campaign.id, { status: "PENDING" });
    const numbers = await loadDashboardNumbers(viewer, campaign.id);
    expect(numbers.counts).toMatchObject({ CONFIRMED: 1, PENDING: 1, PENDING_REVIEW: 0 });
    expect(numbers.countries).toEqual([{ country: "LT", pledges: 1 }]);
  });

  it("serves the same numbers within the fresh window, then recounts without making a view wait", async () => {
    const campaign = await createTestCampaign();
    await insertPledge(campaign.id);
    const first = await loadDashboardNumbers(viewer, campaign.id);
    await insertPledge(campaign.id);
    const at = first.countedAt.getTime();
    expect((await loadDashboardNumbers(viewer, campaign.id, at + DASHBOARD_FRESH_MS - 1)).counts.CONFIRMED).toBe(1);
    // Past the window the old numbers answer once more while the recount runs.
    expect((await loadDashboardNumbers(viewer, campaign.id, at + DASHBOARD_FRESH_MS)).counts.CONFIRMED).toBe(1);
    await expect.poll(async () => (await loadDashboardNumbers(viewer, campaign.id, at + DASHBOARD_FRESH_MS - 1)).counts.CONFIRMED).toBe(2);
  });

  it("never shows numbers older than the stale limit: the view waits for the recount", async () => {
    const campaign = await createTestCampaign();
    const first = await loadDashboardNumbers(viewer, campaign.id);
    await insertPledge(campaign.id);
    expect((await loadDashboardNumbers(viewer, campaign.id, first.countedAt.getTime() + DASHBOARD_STALE_MS)).counts.CONFIRMED).toBe(1);
  });

  it("counts the anomaly panel's sources with the other numbers, at the same moment", async () => {
    const campaign = await createTestCampaign();
    const { anomalyThreshold } = await db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { anomalyThreshold: true } });
    await insertPledges(campaign.id, anomalyThreshold + 1, { networkHash: "dashboard-burst-network" });
    const numbers = await loadDashboardNumbers(viewer, campaign.id);
    expect(numbers.anomalies.sources).toContainEqual(expect.objectContaining({ kind: "networkHash", source: "dashboard-burst-network", total: anomalyThreshold + 1 }));
    expect(numbers.counts.CONFIRMED).toBe(anomalyThreshold + 1);
  });
});
