import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeAbuseData } from "@/lib/abuse/purge-abuse-data";
import type { Organiser } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { insertPledge } from "@/tests/factories/pledge";
import { runDueJobs } from "@/tests/support/jobs";
import { WebhookReceiver } from "@/tests/support/webhook-receiver";
import { createWebhookEndpoint } from "./create-webhook-endpoint";

// The hourly clean-up keeps the webhook delivery log, delivered events and the CRM push log from
// growing forever, without losing what a later deletion event needs to find its receivers.

const receiver = new WebhookReceiver();
let admin: Organiser;
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  await receiver.start();
  admin = await createOrganiser("ADMIN");
});
afterAll(async () => {
  await receiver.stop();
  await db().$disconnect();
});

async function confirmed(campaignId: string) {
  const id = await insertPledge(campaignId, { status: "PENDING", country: "PL" });
  const tokens = await issuePledgeTokens(id, ["CONFIRM", "WITHDRAW"]);
  expect(await confirmPledge(tokens.CONFIRM)).toBe("confirmed");
  return { id, withdraw: () => withdrawPledge(tokens.WITHDRAW) };
}

/** Moves an endpoint's history back in time, as if it had been delivered `days` ago. */
async function age(endpointId: string, days: number) {
  const then = new Date(Date.now() - days * DAY);
  await db().webhookEvent.updateMany({ where: { endpointId, deliveredAt: { not: null } }, data: { deliveredAt: then, occurredAt: then } });
  await db().webhookDelivery.updateMany({ where: { endpointId }, data: { at: then } });
}

describe("purging what was sent", () => {
  it("drops webhook deliveries and delivered events after 30 days, yet a later withdrawal still reaches the receiver", async () => {
    const campaign = await createTestCampaign({ goal: 1_000_000 });
    const old = await createWebhookEndpoint(admin, campaign.id, { url: receiver.url, events: ["pledge.confirmed", "message.approved"] });
    const supporter = await confirmed(campaign.id);
    const forgotten = await confirmed(campaign.id);
    await runDueJobs();
    expect(await forgotten.withdraw()).toBe("withdrawn");
    await runDueJobs();
    await age(old.id, 31);
    // A recent endpoint's history stays.
    const other = await createTestCampaign({ goal: 1_000_000 });
    const recent = await createWebhookEndpoint(admin, other.id, { url: receiver.url, events: ["pledge.confirmed"] });
    await confirmed(other.id);
    await runDueJobs();
    await age(recent.id, 29);
    const recentBefore = { events: await db().webhookEvent.count({ where: { endpointId: recent.id } }), deliveries: await db().webhookDelivery.count({ where: { endpointId: recent.id } }) };
    expect(recentBefore.events).toBeGreaterThan(0);

    const purged = await purgeAbuseData();
    expect(purged.webhookDeliveries).toBeGreaterThanOrEqual(2);
    expect(await db().webhookDelivery.count({ where: { endpointId: old.id } })).toBe(0);
    // Of the old endpoint's events, only its latest word on the supporter it has not been told to forget.
    expect(await db().webhookEvent.findMany({ where: { endpointId: old.id }, select: { pledgeId: true, type: true } })).toEqual([{ pledgeId: supporter.id, type: "pledge.confirmed" }]);
    expect({ events: await db().webhookEvent.count({ where: { endpointId: recent.id } }), deliveries: await db().webhookDelivery.count({ where: { endpointId: recent.id } }) }).toEqual(recentBefore);

    receiver.posts.length = 0;
    expect(await supporter.withdraw()).toBe("withdrawn");
    await runDueJobs();
    expect(receiver.events().map((event) => event.type)).toEqual(["pledge.withdrawn"]);
  });

  it("drops CRM push attempts after 90 days and keeps newer ones", async () => {
    const campaign = await createTestCampaign();
    const pledgeId = crypto.randomUUID();
    const attempt = (days: number) => ({ campaignId: campaign.id, pledgeId, kind: "SIGNUP" as const, outcome: "PUSHED" as const, at: new Date(Date.now() - days * DAY) });
    await db().crmPushAttempt.createMany({ data: [attempt(91), attempt(89), attempt(1)] });
    await purgeAbuseData();
    const left = await db().crmPushAttempt.findMany({ where: { campaignId: campaign.id }, select: { at: true } });
    expect(left).toHaveLength(2);
    expect(left.every((row) => row.at.getTime() > Date.now() - 90 * DAY)).toBe(true);
  });
});
