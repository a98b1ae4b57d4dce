import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Organiser } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { invalidatePledges } from "@/lib/fraud/invalidate-pledges";
import { invalidationCriteriaSchema } from "@/lib/fraud/invalidation-criteria";
import { undoInvalidation } from "@/lib/fraud/undo-invalidation";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { anonymiseExpiredPledges } from "@/lib/privacy/anonymise-expired-pledges";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { insertPledge } from "@/tests/factories/pledge";
import { runDueJobs } from "@/tests/support/jobs";
import { WebhookReceiver } from "@/tests/support/webhook-receiver";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import type { WebhookEventType } from "./webhook-event-types";

// "When we forget someone, you forget them": the deletion event reaches a real receiver when
// organisers invalidate a pledge as fraud and when retention anonymises it, not only on a
// withdrawal; undoing an invalidation tells subscribers again.

interface ReceivedEvent {
  id: string;
  type: string;
  campaign: { id: string };
  data: Record<string, unknown>;
}

const receiver = new WebhookReceiver();
let admin: Organiser;

beforeAll(async () => {
  await receiver.start();
  admin = await createOrganiser("ADMIN");
});
beforeEach(() => {
  receiver.posts.length = 0;
});
afterAll(async () => {
  await receiver.stop();
  await db().$disconnect();
});

async function campaignWithEndpoint(events: WebhookEventType[]) {
  const campaign = await createTestCampaign({ goal: 1_000_000 });
  const endpoint = await createWebhookEndpoint(admin, campaign.id, { url: receiver.url, events });
  return { campaign, endpoint };
}

async function confirmed(campaignId: string, networkHash: string) {
  const id = await insertPledge(campaignId, { status: "PENDING", country: "PL", networkHash, name: "Anna Kowalska", email: `anna-${networkHash}@example.org`, columns: { consentUpdates: true } });
  const tokens = await issuePledgeTokens(id, ["CONFIRM", "WITHDRAW"]);
  expect(await confirmPledge(tokens.CONFIRM)).toBe("confirmed");
  return { id, withdraw: () => withdrawPledge(tokens.WITHDRAW) };
}

function eventsOf(campaignId: string): ReceivedEvent[] {
  return receiver.events<ReceivedEvent>().filter((event) => event.campaign.id === campaignId);
}

const invalidate = (campaignId: string, networkHash: string, expected: number) =>
  invalidatePledges(admin, campaignId, { criteria: invalidationCriteriaSchema.parse({ networkHash }), reason: "One network", expected });

/** What a deletion may carry: the id the receiver knows, nothing else. */
function expectBareDeletion(event: ReceivedEvent | undefined, supporterId: unknown) {
  expect(event?.type).toBe("pledge.withdrawn");
  expect(event?.data).toEqual({ supporterId });
}

describe("webhook deletions beyond withdrawal", () => {
  it("tells receivers to delete a supporter invalidated as fraud, and re-sends pledge.confirmed when the invalidation is undone", async () => {
    const { campaign } = await campaignWithEndpoint(["pledge.confirmed"]);
    const net = `net-${crypto.randomUUID()}`;
    await confirmed(campaign.id, net);
    await runDueJobs();
    const [told] = eventsOf(campaign.id);
    expect(told?.type).toBe("pledge.confirmed");

    const run = await invalidate(campaign.id, net, 1);
    // In the transaction of the invalidation: the outbox row exists as soon as it committed.
    expect(await db().webhookEvent.count({ where: { type: "pledge.withdrawn", endpoint: { campaignId: campaign.id }, deliveredAt: null } })).toBe(1);
    await runDueJobs();
    expectBareDeletion(eventsOf(campaign.id)[1], told?.data.supporterId);
    // No fraud signal and no personal data travels with it.
    expect(receiver.posts.at(-1)?.body).not.toMatch(/Anna|example\.org|One network|invalid/i);

    await undoInvalidation(admin, campaign.id, run.invalidationId);
    await runDueJobs();
    const [, , again] = eventsOf(campaign.id);
    expect(again).toMatchObject({ type: "pledge.confirmed", data: { supporterId: told?.data.supporterId, contact: { email: `anna-${net}@example.org` } } });
  });

  it("sends one deletion however often we forget the same supporter, and none for a pledge no receiver was told about", async () => {
    const { campaign } = await campaignWithEndpoint(["pledge.confirmed"]);
    const net = `net-${crypto.randomUUID()}`;
    const pledge = await confirmed(campaign.id, net);
    await insertPledge(campaign.id, { status: "PENDING", networkHash: net });
    await runDueJobs();
    await invalidate(campaign.id, net, 2);
    expect(await pledge.withdraw()).toBe("withdrawn");
    await runDueJobs();
    expect(eventsOf(campaign.id).map((event) => event.type)).toEqual(["pledge.confirmed", "pledge.withdrawn"]);
  });

  it("tells receivers to delete supporters when retention anonymises them, whatever the endpoint subscribed to", async () => {
    const { campaign } = await campaignWithEndpoint(["pledge.confirmed"]);
    const { campaign: other } = await campaignWithEndpoint(["count.milestone"]);
    const net = `net-${crypto.randomUUID()}`;
    await confirmed(campaign.id, net);
    await confirmed(other.id, net);
    await runDueJobs();
    const [told] = eventsOf(campaign.id);
    await db().campaign.update({ where: { id: campaign.id }, data: { closesAt: new Date("2026-01-01T00:00:00Z"), status: "CLOSED", retentionMonths: 1 } });

    expect(await anonymiseExpiredPledges(new Date("2026-03-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
    await runDueJobs();
    expectBareDeletion(eventsOf(campaign.id)[1], told?.data.supporterId);
    expect(eventsOf(campaign.id)).toHaveLength(2);
    // The other endpoint was never told about its supporter, and the retention run did not touch its campaign.
    expect(eventsOf(other.id)).toEqual([]);

    // A second run finds nothing left to forget and sends nothing more.
    await anonymiseExpiredPledges(new Date("2026-03-02T00:00:00Z"));
    await runDueJobs();
    expect(eventsOf(campaign.id)).toHaveLength(2);
  });
});
