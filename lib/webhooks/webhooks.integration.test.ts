import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Organiser } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { moderateMessage } from "@/lib/moderation/moderate-message";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { KRAKOW, MINSK } from "@/tests/factories/cities";
import { createOrganiser } from "@/tests/factories/organiser";
import { insertPledge, insertPledges, type PledgeOptions } from "@/tests/factories/pledge";
import { runDueJobs } from "@/tests/support/jobs";
import { WebhookReceiver } from "@/tests/support/webhook-receiver";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint, rotateWebhookSecret, sendWebhookTest, setWebhookEnabled } from "./manage-webhook-endpoint";
import { readWebhookEndpoints } from "./read-webhook-endpoints";
import { BATCH_SIZE } from "./deliver-webhooks";
import { postWebhook } from "./post-webhook";
import { recordWebhookEvent } from "./record-webhook-event";
import { MAX_ATTEMPTS } from "./retry-schedule";
import { REPLAY_WINDOW_SECONDS, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "./sign-webhook";
import type { WebhookEventType } from "./webhook-event-types";

// Webhooks end to end against a real HTTP receiver on this machine: what is sent (and what never
// is), how it is signed, batched, retried while the receiver is down, and deleted on withdrawal.

interface ReceivedEvent {
  id: string;
  type: string;
  createdAt: string;
  campaign: { id: string; slug: string };
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
  receiver.status = 200;
});
afterAll(async () => {
  await receiver.stop();
  await db().$disconnect();
});

async function campaignWithEndpoint(events: WebhookEventType[], overrides: Parameters<typeof createTestCampaign>[0] = {}) {
  const campaign = await createTestCampaign({ sensitiveCountries: ["BY"], goal: 1_000_000, ...overrides });
  const endpoint = await createWebhookEndpoint(admin, campaign.id, { url: receiver.url, events });
  return { campaign, endpoint };
}

/** A pending pledge confirmed through its link, as a supporter would. */
async function confirmed(campaignId: string, options: PledgeOptions) {
  const id = await insertPledge(campaignId, { status: "PENDING", ...options });
  const tokens = await issuePledgeTokens(id, ["CONFIRM", "WITHDRAW"]);
  expect(await confirmPledge(tokens.CONFIRM)).toBe("confirmed");
  return { id, withdraw: () => withdrawPledge(tokens.WITHDRAW) };
}

/** The receiver's events of one campaign (other tests' jobs share the worker database). */
function eventsOf(campaignId: string): ReceivedEvent[] {
  return receiver.events<ReceivedEvent>().filter((event) => event.campaign.id === campaignId);
}

function postsOf(campaignId: string) {
  return receiver.posts.filter((post) => (JSON.parse(post.body) as ReceivedEvent[]).some((event) => event.campaign.id === campaignId));
}

/** The back-off has passed: the endpoint's next try is due now. */
async function timePasses(endpointId: string) {
  await db().webhookEndpoint.update({ where: { id: endpointId }, data: { nextAttemptAt: new Date() } });
  await db().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${`webhook:${endpointId}`}`;
}

describe("webhooks", () => {
  it("signs one batched POST whose payloads carry only what each supporter consented to share", async () => {
    const { campaign, endpoint } = await campaignWithEndpoint(["pledge.confirmed"]);
    const anna = await confirmed(campaign.id, {
      name: "Anna Kowalska",
      email: "anna.webhook@example.org",
      city: KRAKOW,
      networkHash: "net-hash-anna",
      columns: { consentUpdates: true, displayMode: "FIRST_NAME_INITIAL" },
    });
    await confirmed(campaign.id, { name: "Piotr Nowak", email: "piotr.webhook@example.org", city: KRAKOW, columns: { consentUpdates: false, displayMode: "FULL_NAME" } });
    await confirmed(campaign.id, { name: "Secret Minsker", email: "minsker.webhook@example.org", country: "BY", city: MINSK, columns: { consentUpdates: true, displayMode: "FULL_NAME" } });
    await confirmed(campaign.id, { name: "Open Minsker", email: "open.webhook@example.org", country: "BY", city: MINSK, columns: { consentUpdates: false, displayMode: "FULL_NAME", publicInSensitiveCountry: true } });
    await runDueJobs();

    // Four confirmations queued before the worker ran: one POST, an array of four events.
    const posts = postsOf(campaign.id);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    const headers = { timestamp: post!.headers[TIMESTAMP_HEADER.toLowerCase()] as string, signature: post!.headers[SIGNATURE_HEADER.toLowerCase()] as string };
    expect(verifyWebhookSignature(endpoint.secret, headers, post!.body)).toBe(true);
    expect(verifyWebhookSignature(endpoint.secret, headers, post!.body.replace("Anna", "Anne"))).toBe(false);
    expect(verifyWebhookSignature("whsec_wrong", headers, post!.body)).toBe(false);
    const later = new Date((Number(headers.timestamp) + REPLAY_WINDOW_SECONDS + 1) * 1000);
    expect(verifyWebhookSignature(endpoint.secret, headers, post!.body, later)).toBe(false);

    const events = eventsOf(campaign.id);
    expect(events.map((event) => event.type)).toEqual(["pledge.confirmed", "pledge.confirmed", "pledge.confirmed", "pledge.confirmed"]);
    const [first, second, third, fourth] = events.map((event) => event.data);
    const common = { supporterId: expect.stringMatching(/^sup_[\w-]{22}$/), locale: "en", confirmedAt: expect.any(String) };
    expect(first).toStrictEqual({ ...common, country: "PL", city: "Kraków", displayName: "Anna K.", contact: { email: "anna.webhook@example.org", name: "Anna Kowalska" } });
    expect(second).toStrictEqual({ ...common, country: "PL", city: "Kraków", displayName: "Piotr Nowak" });
    // Belarus without the opt-in: no name, no city; the address only because of consent to updates.
    expect(third).toStrictEqual({ ...common, country: "BY", city: null, displayName: null, contact: { email: "minsker.webhook@example.org", name: null } });
    expect(fourth).toStrictEqual({ ...common, country: "BY", city: "Minsk", displayName: "Open Minsker" });
    expect(first!.supporterId).not.toContain(anna.id);
    expect(post!.body).not.toContain("net-hash-anna");
    expect(post!.body).not.toContain("piotr.webhook@example.org");
    expect(post!.body).not.toContain(anna.id);
  });

  it("reports an approved message as the wall shows it, and nothing of a sensitive country's unless opted in", async () => {
    const { campaign } = await campaignWithEndpoint(["message.approved"]);
    const moderator = await createOrganiser("MODERATOR");
    const words = await insertPledge(campaign.id, { name: "Lina Petrauskė", country: "LT", columns: { displayMode: "FIRST_NAME_INITIAL", message: "Laisvę Baltarusijai!", messageStatus: "PENDING" } });
    const hidden = await insertPledge(campaign.id, { name: "Quiet Minsker", country: "BY", columns: { displayMode: "FULL_NAME", message: "From inside.", messageStatus: "PENDING" } });
    for (const pledgeId of [words, hidden]) expect(await moderateMessage(moderator, campaign.id, { pledgeId, decision: "approve", seen: "open", rejectNote: "" })).toEqual({ ok: true });
    await runDueJobs();
    const events = eventsOf(campaign.id);
    expect(events.map((event) => event.data)).toStrictEqual([{ supporterId: expect.any(String), message: "Laisvę Baltarusijai!", displayName: "Lina P.", country: "LT", featured: false }]);
    expect(await db().webhookEvent.count({ where: { pledgeId: hidden, deliveredAt: null } })).toBe(0);
  });

  it("sends a deletion event with the same opaque id to each endpoint told about the supporter, and never an address", async () => {
    const { campaign, endpoint } = await campaignWithEndpoint(["pledge.confirmed"]);
    const supporter = await confirmed(campaign.id, { name: "Olga Leaving", email: "olga.webhook@example.org", columns: { consentUpdates: true } });
    await runDueJobs();
    // An endpoint registered afterwards was never told, so it gets no deletion either.
    const { id: laterEndpoint } = await createWebhookEndpoint(admin, campaign.id, { url: `${receiver.url}?later`, events: ["pledge.confirmed"] });
    expect(await supporter.withdraw()).toBe("withdrawn");
    await runDueJobs();

    const [confirmedEvent, withdrawnEvent, ...rest] = eventsOf(campaign.id);
    expect(rest).toEqual([]);
    expect(withdrawnEvent).toMatchObject({ type: "pledge.withdrawn" });
    expect(withdrawnEvent!.data).toStrictEqual({ supporterId: confirmedEvent!.data.supporterId });
    expect(receiver.posts.at(-1)!.body).not.toContain("olga");
    expect(await db().webhookEvent.count({ where: { endpointId: laterEndpoint } })).toBe(0);
    expect(await db().webhookEvent.count({ where: { endpointId: endpoint.id, type: "pledge.withdrawn" } })).toBe(1);
  });

  it("keeps events while the receiver is down, backs off, marks the endpoint failing, and delivers each event once it is back", async () => {
    const { campaign, endpoint } = await campaignWithEndpoint(["pledge.confirmed"]);
    receiver.status = 503;
    await confirmed(campaign.id, { name: "First Waiting" });
    await confirmed(campaign.id, { name: "Second Waiting" });
    await runDueJobs();
    let [view] = await readWebhookEndpoints(admin, campaign.id);
    expect(view!.deliveries).toEqual([expect.objectContaining({ attempt: 1, status: 503, error: "HTTP 503", eventCount: 2, eventTypes: ["pledge.confirmed"] })]);
    expect(view!.pending).toBe(2);
    // The next try waits for the back-off: running the queue again now sends nothing.
    expect(view!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 20_000);
    await runDueJobs();
    expect(postsOf(campaign.id)).toHaveLength(1);

    // Then the receiver is gone altogether: connections are refused.
    await receiver.stop();
    await confirmed(campaign.id, { name: "Third Waiting" });
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: MAX_ATTEMPTS - 2 } });
    await timePasses(endpoint.id);
    await runDueJobs();
    [view] = await readWebhookEndpoints(admin, campaign.id);
    expect(view!.deliveries[0]).toMatchObject({ attempt: MAX_ATTEMPTS - 1, status: null, error: expect.stringContaining("ECONNREFUSED") });
    expect(view!.failingSince).toBeNull();
    await timePasses(endpoint.id);
    await runDueJobs();
    [view] = await readWebhookEndpoints(admin, campaign.id);
    expect(view!.deliveries[0]).toMatchObject({ attempt: MAX_ATTEMPTS, status: null });
    expect(view!.failingSince).not.toBeNull();
    expect(view!.pending).toBe(3);

    // Back again: the next scheduled try delivers all three, in order, and the endpoint is healthy.
    await receiver.start();
    receiver.status = 200;
    await timePasses(endpoint.id);
    await runDueJobs();
    const delivered = JSON.parse(postsOf(campaign.id).at(-1)!.body) as ReceivedEvent[];
    expect(delivered.map((event) => event.type)).toEqual(["pledge.confirmed", "pledge.confirmed", "pledge.confirmed"]);
    expect(new Set(delivered.map((event) => event.id)).size).toBe(3);
    [view] = await readWebhookEndpoints(admin, campaign.id);
    expect(view).toMatchObject({ pending: 0, failingSince: null, nextAttemptAt: null });
    expect(view!.deliveries[0]).toMatchObject({ attempt: MAX_ATTEMPTS + 1, status: 200, error: null, eventCount: 3 });
    // The events the 503 answer refused went out again with the same ids: at least once, never lost.
    const refusedIds = (JSON.parse(postsOf(campaign.id)[0]!.body) as ReceivedEvent[]).map((event) => event.id);
    expect(delivered.map((event) => event.id)).toEqual(expect.arrayContaining(refusedIds));
  });

  it("splits a backlog into POSTs of at most BATCH_SIZE events, oldest first, each sent once", async () => {
    const { campaign } = await campaignWithEndpoint(["count.milestone"]);
    const backlog = BATCH_SIZE + 30;
    await db().$transaction(async (tx) => {
      for (let step = 1; step <= backlog; step++) await recordWebhookEvent(tx, { campaignId: campaign.id, type: "count.milestone", data: { milestone: step, total: step } });
    });
    await runDueJobs();
    expect(postsOf(campaign.id).map((post) => (JSON.parse(post.body) as unknown[]).length)).toEqual([BATCH_SIZE, 30]);
    expect(eventsOf(campaign.id).map((event) => event.data.milestone)).toEqual(Array.from({ length: backlog }, (_, index) => index + 1));
  });

  it("reports each milestone of the published total once", async () => {
    const { campaign } = await campaignWithEndpoint(["count.milestone"], { goal: 150, sensitiveCountries: [] });
    await insertPledges(campaign.id, 99, { country: "PL" });
    await runAggregatorTick();
    await insertPledges(campaign.id, 2, { country: "PL" });
    await runAggregatorTick();
    const extra = await insertPledges(campaign.id, 60, { country: "LT" });
    await runAggregatorTick();
    // Down below 100 and back up: nothing is reported twice.
    await db().pledge.updateMany({ where: { id: { in: extra } }, data: { status: "INVALID" } });
    await db().pledge.updateMany({ where: { campaignId: campaign.id, country: "PL" }, data: { status: "INVALID" } });
    await runAggregatorTick();
    await db().pledge.updateMany({ where: { campaignId: campaign.id }, data: { status: "CONFIRMED" } });
    await runAggregatorTick();
    await runDueJobs();
    expect(eventsOf(campaign.id).map((event) => event.data)).toEqual([
      { milestone: 100, total: 101 },
      { milestone: 150, total: 161 },
    ]);
  });

  it("sends a test event on request, even past a back-off, and audits every change an admin makes", async () => {
    const { campaign, endpoint } = await campaignWithEndpoint(["pledge.confirmed"]);
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 3, nextAttemptAt: new Date(Date.now() + 3_600_000) } });
    await sendWebhookTest(admin, campaign.id, endpoint.id);
    await runDueJobs();
    expect(eventsOf(campaign.id)).toEqual([expect.objectContaining({ type: "webhook.test", data: { test: true } })]);
    const [view] = await readWebhookEndpoints(admin, campaign.id);
    expect(view!.deliveries).toEqual([expect.objectContaining({ status: 200, eventTypes: ["webhook.test"], attempt: 1 })]);

    const { secret } = await rotateWebhookSecret(admin, campaign.id, endpoint.id);
    expect(secret).not.toBe(endpoint.secret);
    await sendWebhookTest(admin, campaign.id, endpoint.id);
    await runDueJobs();
    const last = receiver.posts.at(-1)!;
    const headers = { timestamp: last.headers[TIMESTAMP_HEADER.toLowerCase()] as string, signature: last.headers[SIGNATURE_HEADER.toLowerCase()] as string };
    expect(verifyWebhookSignature(secret, headers, last.body)).toBe(true);
    expect(verifyWebhookSignature(endpoint.secret, headers, last.body)).toBe(false);

    await setWebhookEnabled(admin, campaign.id, endpoint.id, false);
    await expect(sendWebhookTest(admin, campaign.id, endpoint.id)).rejects.toBeInstanceOf(ValidationError);
    await setWebhookEnabled(admin, campaign.id, endpoint.id, true);
    await deleteWebhookEndpoint(admin, campaign.id, endpoint.id);
    expect(await readWebhookEndpoints(admin, campaign.id)).toEqual([]);
    const audited = await db().auditLogEntry.findMany({ where: { targetId: endpoint.id }, orderBy: { id: "asc" }, select: { action: true, details: true } });
    expect(audited.map((entry) => entry.action)).toEqual(["webhook.create", "webhook.test", "webhook.rotate_secret", "webhook.test", "webhook.disable", "webhook.enable", "webhook.delete"]);
    expect(JSON.stringify(audited)).not.toContain(secret);
    expect(JSON.stringify(audited)).not.toContain(endpoint.secret);
  });

  it("gives up on a receiver that does not answer in time, and in production never connects to a private address", async () => {
    const before = receiver.posts.length;
    receiver.delayMs = 1_000;
    try {
      expect(await postWebhook(receiver.url, "[]", {}, { timeoutMs: 200 })).toMatchObject({ status: null, error: "timed out after 0.2 s" });
    } finally {
      receiver.delayMs = 0;
    }
    // "localhost" passes no literal-address check; the address it resolves to is refused at connect time.
    const refused = await postWebhook(receiver.url.replace("127.0.0.1", "localhost"), "[]", {}, { allowPrivate: false });
    expect(refused).toMatchObject({ status: null, error: expect.stringContaining("refused: private network address") });
    expect(await postWebhook(receiver.url, "[]", {}, { allowPrivate: false })).toMatchObject({ status: null, error: "refused: private network address" });
    // Only the slow request reached the receiver; the refused ones never connected.
    expect(receiver.posts.length).toBe(before + 1);
  });

  it("stores the secret encrypted, refuses non-admins and bad URLs, and stores nothing then", async () => {
    const { campaign, endpoint } = await campaignWithEndpoint(["pledge.confirmed"]);
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { secretEncrypted: true } });
    expect(row.secretEncrypted).toMatch(/^v1\./);
    expect(row.secretEncrypted).not.toContain(endpoint.secret.slice(6));

    const moderator = await createOrganiser("MODERATOR");
    await expect(createWebhookEndpoint(moderator, campaign.id, { url: receiver.url, events: ["pledge.confirmed"] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readWebhookEndpoints(moderator, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendWebhookTest(moderator, campaign.id, endpoint.id)).rejects.toBeInstanceOf(ForbiddenError);
    const refusals: [string, string][] = [
      ["http://example.org/hooks", "webhookUrlNotHttps"],
      ["ftp://example.org/hooks", "webhookUrlNotHttps"],
      ["https://user:pass@example.org/hooks", "webhookUrlCredentials"],
    ];
    for (const [url, code] of refusals) {
      await expect(createWebhookEndpoint(admin, campaign.id, { url, events: ["pledge.confirmed"] })).rejects.toMatchObject({ fieldErrors: { url: [code] } });
    }
    await expect(createWebhookEndpoint(admin, campaign.id, { url: receiver.url, events: ["pledge.withdrawn"] })).rejects.toMatchObject({ fieldErrors: { events: ["webhookEventsRequired"] } });
    expect(await db().webhookEndpoint.count({ where: { campaignId: campaign.id } })).toBe(1);
  });
});
