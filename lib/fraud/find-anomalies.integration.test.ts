import { describe, expect, it } from "vitest";
import type { Organiser } from "@/lib/auth/actor";
import { createTestCampaign } from "@/tests/factories/campaign";
import { insertPledges } from "@/tests/factories/pledge";
import { findAnomalies } from "./find-anomalies";
import { isSourceFlagged } from "./is-source-flagged";

const viewer: Organiser = { kind: "organiser", id: "00000000-0000-4000-8000-000000000001", email: "viewer@example.org", role: "VIEWER" };
const now = new Date("2026-08-04T12:30:00Z");
const at = (time: string) => new Date(`2026-08-04T${time}Z`);

describe("findAnomalies", () => {
  it("flags a source only when one hour holds more confirmations than the threshold", async () => {
    const campaign = await createTestCampaign({ anomalyThreshold: 5 });
    // Exactly at the threshold: not flagged. One more in the same hour: flagged.
    await insertPledges(campaign.id, 5, { networkHash: "at-threshold", createdAt: at("11:10:00") });
    await insertPledges(campaign.id, 6, { networkHash: "over", createdAt: at("11:59:59") });
    // Twelve in all, but spread over two hours (6 + 6 would flag; 5 + 5 + 2 does not).
    await insertPledges(campaign.id, 5, { networkHash: "spread", createdAt: at("09:00:00") });
    await insertPledges(campaign.id, 5, { networkHash: "spread", createdAt: at("10:00:00") });
    await insertPledges(campaign.id, 2, { networkHash: "spread", createdAt: at("11:00:00") });

    const report = await findAnomalies(viewer, campaign.id, now);
    const networks = report.sources.filter((source) => source.kind === "networkHash");
    expect(networks.map((source) => source.source)).toEqual(["over"]);
    expect(networks[0]).toMatchObject({ peak: 6, peakHour: at("11:00:00"), total: 6, lastHour: 6 });
    expect(report.threshold).toBe(5);
  });

  it("groups by network hash, email domain and country at once, and counts held pledges", async () => {
    const campaign = await createTestCampaign({ anomalyThreshold: 3 });
    await insertPledges(campaign.id, 3, { networkHash: "net-a", emailDomain: "bots.example", country: "DE", createdAt: at("12:05:00") });
    await insertPledges(campaign.id, 2, { networkHash: "net-b", emailDomain: "bots.example", country: "DE", createdAt: at("12:10:00"), status: "PENDING_REVIEW", reviewReason: "rate_limited" });
    // Not counted: still unconfirmed, invalidated, or outside the 24-hour window.
    await insertPledges(campaign.id, 9, { networkHash: "net-a", emailDomain: "bots.example", country: "DE", createdAt: at("12:00:00"), status: "PENDING" });
    await insertPledges(campaign.id, 9, { networkHash: "net-a", emailDomain: "bots.example", country: "DE", createdAt: at("12:00:00"), status: "INVALID" });
    await insertPledges(campaign.id, 9, { networkHash: "net-old", createdAt: new Date("2026-08-03T12:00:00Z") });

    const { sources } = await findAnomalies(viewer, campaign.id, now);
    expect(sources.map(({ kind, source, total, held, withReviewReason }) => ({ kind, source, total, held, withReviewReason }))).toEqual([
      { kind: "country", source: "DE", total: 5, held: 2, withReviewReason: 2 },
      { kind: "emailDomain", source: "bots.example", total: 5, held: 2, withReviewReason: 2 },
    ]);
  });

  it("counts the last 60 minutes across the hour boundary, the peak within one hour", async () => {
    const campaign = await createTestCampaign({ anomalyThreshold: 2 });
    await insertPledges(campaign.id, 3, { emailDomain: "burst.example", createdAt: at("11:45:00") });
    await insertPledges(campaign.id, 2, { emailDomain: "burst.example", createdAt: at("12:15:00") });
    await insertPledges(campaign.id, 4, { emailDomain: "burst.example", createdAt: at("01:00:00") });
    const [source] = (await findAnomalies(viewer, campaign.id, now)).sources.filter((row) => row.kind === "emailDomain");
    expect(source).toMatchObject({ source: "burst.example", lastHour: 5, peak: 4, peakHour: at("01:00:00"), total: 9 });
  });
});

describe("isSourceFlagged", () => {
  it("answers for a network hash or an email domain with the panel's rule", async () => {
    const campaign = await createTestCampaign({ anomalyThreshold: 4 });
    await insertPledges(campaign.id, 5, { networkHash: "hot", emailDomain: "calm.example", country: "LT", createdAt: at("12:01:00") });
    await insertPledges(campaign.id, 4, { networkHash: "warm", emailDomain: "calm.example", createdAt: at("08:01:00") });

    expect(await isSourceFlagged(campaign.id, { networkHash: "hot" }, { now })).toBe(true);
    expect(await isSourceFlagged(campaign.id, { networkHash: "warm" }, { now })).toBe(false);
    // calm.example has 9, but never more than 5 in one hour... which is over 4.
    expect(await isSourceFlagged(campaign.id, { emailDomain: "CALM.example" }, { now })).toBe(true);
    expect(await isSourceFlagged(campaign.id, { networkHash: "warm", emailDomain: "other.example" }, { now })).toBe(false);
    expect(await isSourceFlagged(campaign.id, { networkHash: "warm", emailDomain: "calm.example" }, { now })).toBe(true);
    expect(await isSourceFlagged(campaign.id, {}, { now })).toBe(false);
    // A day later the burst has left the window.
    expect(await isSourceFlagged(campaign.id, { networkHash: "hot" }, { now: new Date("2026-08-05T12:30:00Z") })).toBe(false);
  });

  it("reuses its answer for a while, unless asked for a fresh one", async () => {
    const campaign = await createTestCampaign({ anomalyThreshold: 1 });
    expect(await isSourceFlagged(campaign.id, { networkHash: "later" })).toBe(false);
    await insertPledges(campaign.id, 2, { networkHash: "later" });
    expect(await isSourceFlagged(campaign.id, { networkHash: "later" })).toBe(false);
    expect(await isSourceFlagged(campaign.id, { networkHash: "later" }, { fresh: true })).toBe(true);
    expect(await isSourceFlagged(campaign.id, { networkHash: "later" })).toBe(true);
  });
});
