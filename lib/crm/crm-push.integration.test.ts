import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { clearReviewedPledges } from "@/lib/fraud/clear-reviewed-pledges";
import { invalidatePledges } from "@/lib/fraud/invalidate-pledges";
import { undoInvalidation } from "@/lib/fraud/undo-invalidation";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { insertPledge } from "@/tests/factories/pledge";
import { queuedJobs, runDueJobs } from "@/tests/support/jobs";
import { OsdiServer } from "@/tests/support/osdi-server";
import { backfillCrmPushes } from "./backfill-crm-pushes";
import { confirmCrmRemoval } from "./confirm-crm-removal";
import { readCrmOverview } from "./read-crm-overview";
import { removeCrmApiKey } from "./remove-crm-api-key";
import { saveCrmSettings } from "./save-crm-settings";

// The CRM push end to end against a real OSDI server on this machine (tests/support/osdi-server.ts):
// confirmation queues the push in its transaction, the job worker sends it, the server's answer
// lands in the push record and the log the admin page reads.

const osdi = new OsdiServer();

beforeAll(async () => {
  await osdi.start(0);
});

afterAll(async () => {
  await osdi.stop();
  await db().$disconnect();
});

async function crmCampaign(options: { apiKey?: string; tags?: string; enabled?: boolean } = {}) {
  const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
  const admin = await createOrganiser("ADMIN");
  await saveCrmSettings(admin, campaign.id, { endpointUrl: osdi.baseUrl, apiKey: options.apiKey ?? osdi.apiKey, tags: options.tags ?? "belarus-solidarity\npledge-2026", enabled: options.enabled === false ? undefined : "on" });
  return { campaign, admin };
}

/** A pending pledge and its two links, as the confirmation email would carry them. */
async function signUp(campaignId: string, options: { name?: string; country?: string; city?: string; locale?: string; consent?: boolean; reviewReason?: string } = {}) {
  const email = `supporter-${randomUUID()}@example.org`;
  const id = await insertPledge(campaignId, {
    status: "PENDING",
    name: options.name ?? "Anna Maria Kowalska",
    email,
    country: options.country ?? "PL",
    reviewReason: options.reviewReason ?? null,
    networkHash: "network-hash-never-sent",
    emailDomain: "example.org",
    columns: { cityName: options.city ?? null, locale: options.locale ?? "en", consentUpdates: options.consent ?? true, message: "A message that stays here." },
  });
  const { CONFIRM: confirm, WITHDRAW: withdraw } = await issuePledgeTokens(id, ["CONFIRM", "WITHDRAW"]);
  return { id, email, confirm, withdraw };
}

const requestsFor = (email: string) => osdi.requests.filter((request) => JSON.stringify(request.body).includes(email));
const pushOf = (pledgeId: string) => db().crmPush.findUnique({ where: { pledgeId }, select: { state: true, osdiIdentifier: true, lastError: true, withdrawnAt: true, unsubscribedAt: true, unsubscribeEmailEncrypted: true } });

async function retryNow(): Promise<void> {
  await db().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE last_error IS NOT NULL`;
  await runDueJobs();
}

describe("pushing supporters to an OSDI CRM", () => {
  it("sends exactly the consented fields of confirmed supporters, without names or cities from sensitive countries, once", async () => {
    const { campaign, admin } = await crmCampaign();
    const named = await signUp(campaign.id, { name: "Anna Maria Kowalska", city: "Kraków", locale: "be" });
    const minsker = await signUp(campaign.id, { name: "Secret Minsker", country: "BY", city: "Minsk", locale: "ru" });
    const silent = await signUp(campaign.id, { consent: false });
    const unconfirmed = await signUp(campaign.id);
    for (const supporter of [named, minsker, silent]) expect(await confirmPledge(supporter.confirm)).toBe("confirmed");
    await runDueJobs();

    expect(requestsFor(named.email)).toEqual([
      {
        token: osdi.apiKey,
        body: {
          person: {
            given_name: "Anna Maria",
            family_name: "Kowalska",
            email_addresses: [{ address: named.email, primary: true }],
            postal_addresses: [{ country: "PL", locality: "Kraków" }],
            languages_spoken: ["be"],
          },
          add_tags: ["belarus-solidarity", "pledge-2026"],
        },
      },
    ]);
    expect(requestsFor(minsker.email).map((request) => request.body)).toEqual([
      { person: { email_addresses: [{ address: minsker.email, primary: true }], postal_addresses: [{ country: "BY" }], languages_spoken: ["ru"] }, add_tags: ["belarus-solidarity", "pledge-2026"] },
    ]);
    expect(requestsFor(silent.email)).toEqual([]);
    expect(requestsFor(unconfirmed.email)).toEqual([]);
    expect(JSON.stringify(osdi.requests)).not.toMatch(/network-hash-never-sent|A message that stays here/);

    const person = osdi.person(named.email)!;
    expect(person.tags).toEqual(["belarus-solidarity", "pledge-2026"]);
    expect(await pushOf(named.id)).toMatchObject({ state: "PUSHED", osdiIdentifier: person.identifier, lastError: null });
    const overview = await readCrmOverview(admin, campaign.id);
    expect(overview.counts).toMatchObject({ pushed: 2, queued: 0, failed: 0, notYetPushed: 0 });
    expect(overview.log.filter((line) => line.pledgeId === named.id)).toEqual([expect.objectContaining({ kind: "SIGNUP", outcome: "PUSHED", httpStatus: 200, osdiIdentifier: person.identifier })]);

    // Nothing is pushed twice: neither by the queue nor by the backfill.
    expect(await backfillCrmPushes(admin, campaign.id)).toEqual({ queued: 0 });
    await runDueJobs();
    expect(requestsFor(named.email)).toHaveLength(1);
  });

  it("pushes a held pledge once an organiser clears it, not before", async () => {
    const { campaign } = await crmCampaign();
    const held = await signUp(campaign.id, { reviewReason: "no_proof_of_work" });
    await confirmPledge(held.confirm);
    await runDueJobs();
    expect(requestsFor(held.email)).toEqual([]);
    await clearReviewedPledges(await createOrganiser("MODERATOR"), campaign.id, [held.id]);
    await runDueJobs();
    expect(requestsFor(held.email)).toHaveLength(1);
  });

  it("skips a pledge invalidated before its push, and pushes it once the invalidation is undone", async () => {
    const { campaign } = await crmCampaign();
    const supporter = await signUp(campaign.id);
    await confirmPledge(supporter.confirm);
    const moderator = await createOrganiser("MODERATOR");
    const criteria = { networkHash: "network-hash-never-sent", timeField: "createdAt" as const, statuses: ["CONFIRMED" as const] };
    const { invalidationId } = await invalidatePledges(moderator, campaign.id, { criteria, reason: "test", expected: 1 });
    await runDueJobs();
    expect(requestsFor(supporter.email)).toEqual([]);
    expect(await pushOf(supporter.id)).toMatchObject({ state: "SKIPPED", lastError: "not_eligible" });
    await undoInvalidation(moderator, campaign.id, invalidationId);
    await runDueJobs();
    expect(requestsFor(supporter.email)).toHaveLength(1);
    expect(await pushOf(supporter.id)).toMatchObject({ state: "PUSHED" });
  });

  it("retries a 429 and records any other 4xx once, without retrying it", async () => {
    const { campaign, admin } = await crmCampaign();
    const limited = await signUp(campaign.id);
    osdi.failures = [429];
    await confirmPledge(limited.confirm);
    await runDueJobs();
    expect(await pushOf(limited.id)).toMatchObject({ state: "QUEUED", lastError: "http_429" });
    await retryNow();
    expect(await pushOf(limited.id)).toMatchObject({ state: "PUSHED" });

    const refused = await signUp(campaign.id);
    osdi.failures = [422];
    await confirmPledge(refused.confirm);
    await runDueJobs();
    expect(await pushOf(refused.id)).toMatchObject({ state: "FAILED", lastError: "http_422" });
    expect((await queuedJobs()).filter((job) => (job.payload as { pledgeId?: string }).pledgeId === refused.id)).toEqual([]);
    expect(requestsFor(refused.email)).toHaveLength(1);
    expect((await readCrmOverview(admin, campaign.id)).connection?.keyRefusedAt).toBeNull();
  });

  it("shows a refused key as the error, without retrying or trying every supporter, and resumes with a new key", async () => {
    const { campaign, admin } = await crmCampaign({ apiKey: "not-the-right-key" });
    const supporters = [await signUp(campaign.id), await signUp(campaign.id), await signUp(campaign.id)];
    for (const supporter of supporters) await confirmPledge(supporter.confirm);
    const before = osdi.requests.length;
    await runDueJobs();

    expect(osdi.requests.slice(before).map((request) => request.token)).toEqual(["not-the-right-key"]);
    expect((await queuedJobs()).filter((job) => job.task === "push_supporter_to_crm")).toEqual([]);
    const overview = await readCrmOverview(admin, campaign.id);
    expect(overview.connection?.keyRefusedAt).toBeInstanceOf(Date);
    expect(overview.counts).toMatchObject({ pushed: 0, failed: 3, notYetPushed: 3 });
    expect(overview.log.map((line) => [line.outcome, line.httpStatus, line.error]).sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      ["FAILED", 401, "http_401"],
      ["FAILED", null, "key_refused"],
      ["FAILED", null, "key_refused"],
    ]);

    await saveCrmSettings(admin, campaign.id, { endpointUrl: osdi.baseUrl, apiKey: osdi.apiKey, tags: "", enabled: "on" });
    expect((await readCrmOverview(admin, campaign.id)).connection?.keyRefusedAt).toBeNull();
    expect(await backfillCrmPushes(admin, campaign.id)).toEqual({ queued: 3 });
    await runDueJobs();
    for (const supporter of supporters) expect(osdi.person(supporter.email)).toBeDefined();
  });

  it("keeps a push queued while the CRM answers 503 or is down, logs each new error once, and delivers it when it is back", async () => {
    const { campaign, admin } = await crmCampaign();
    const patient = await signUp(campaign.id);
    osdi.failures = [503];
    await confirmPledge(patient.confirm);
    await runDueJobs();
    expect(await pushOf(patient.id)).toMatchObject({ state: "QUEUED", lastError: "http_503" });

    const port = osdi.port;
    await osdi.stop();
    try {
      await retryNow();
      await retryNow();
      expect(await pushOf(patient.id)).toMatchObject({ state: "QUEUED", lastError: "network" });
      expect((await queuedJobs()).filter((job) => job.task === "push_supporter_to_crm" && job.lastError)).toHaveLength(1);
    } finally {
      await osdi.start(port);
    }
    await retryNow();
    expect(await pushOf(patient.id)).toMatchObject({ state: "PUSHED", lastError: null });
    expect(osdi.person(patient.email)?.identifier).toMatch(/^action_network:/);
    const outcomes = (await readCrmOverview(admin, campaign.id)).log.map((line) => [line.outcome, line.error]);
    expect(outcomes).toEqual([
      ["PUSHED", null],
      ["RETRYING", "network"],
      ["RETRYING", "http_503"],
    ]);
  });

  it("backfills consenting supporters confirmed before the CRM was switched on, idempotently", async () => {
    const { campaign, admin } = await crmCampaign({ enabled: false });
    const earlier = [await signUp(campaign.id), await signUp(campaign.id), await signUp(campaign.id)];
    const declined = await signUp(campaign.id, { consent: false });
    for (const supporter of [...earlier, declined]) await confirmPledge(supporter.confirm);
    await runDueJobs();
    expect(earlier.flatMap((supporter) => requestsFor(supporter.email))).toEqual([]);
    await expect(backfillCrmPushes(admin, campaign.id)).rejects.toMatchObject({ code: "crmNotReady" });

    await saveCrmSettings(admin, campaign.id, { endpointUrl: osdi.baseUrl, apiKey: "", tags: "", enabled: "on" });
    expect((await readCrmOverview(admin, campaign.id)).counts.notYetPushed).toBe(3);
    await backfillCrmPushes(admin, campaign.id);
    await backfillCrmPushes(admin, campaign.id);
    const ids = new Set(earlier.map((supporter) => supporter.id));
    expect((await queuedJobs()).filter((job) => ids.has((job.payload as { pledgeId: string }).pledgeId))).toHaveLength(3);
    await runDueJobs();
    expect(await backfillCrmPushes(admin, campaign.id)).toEqual({ queued: 0 });
    await runDueJobs();
    for (const supporter of earlier) expect(requestsFor(supporter.email)).toHaveLength(1);
    expect(requestsFor(declined.email)).toEqual([]);
    expect(await db().auditLogEntry.count({ where: { action: "crm.backfill", targetId: campaign.id } })).toBe(3);
  });

  it("never pushes a supporter who withdrew first, and unsubscribes and lists for removal one who withdrew after", async () => {
    const { campaign, admin } = await crmCampaign();
    const early = await signUp(campaign.id);
    await confirmPledge(early.confirm);
    expect(await withdrawPledge(early.withdraw)).toBe("withdrawn");
    await runDueJobs();
    expect(requestsFor(early.email)).toEqual([]);
    expect(await pushOf(early.id)).toMatchObject({ state: "SKIPPED", lastError: "withdrawn", withdrawnAt: null });

    const late = await signUp(campaign.id);
    await confirmPledge(late.confirm);
    await runDueJobs();
    const identifier = osdi.person(late.email)!.identifier;
    expect(await withdrawPledge(late.withdraw)).toBe("withdrawn");
    await runDueJobs();
    expect(requestsFor(late.email).map((request) => request.body).at(-1)).toEqual({ person: { email_addresses: [{ address: late.email, status: "unsubscribed" }] } });
    expect(osdi.person(late.email)?.status).toBe("unsubscribed");
    expect(await pushOf(late.id)).toMatchObject({ state: "PUSHED", osdiIdentifier: identifier, unsubscribeEmailEncrypted: null, unsubscribedAt: expect.any(Date) });

    const overview = await readCrmOverview(admin, campaign.id);
    expect(overview.removals).toEqual([expect.objectContaining({ pledgeId: late.id, osdiIdentifier: identifier, unsubscribedAt: expect.any(Date) })]);
    await confirmCrmRemoval(admin, campaign.id, late.id);
    expect((await readCrmOverview(admin, campaign.id)).removals).toEqual([]);
    expect(await db().crmPushAttempt.count({ where: { pledgeId: late.id, osdiIdentifier: { not: null } } })).toBe(0);
    expect(await pushOf(late.id)).toMatchObject({ osdiIdentifier: null });
  });

  it("makes a withdrawal wait for a push in flight, then unsubscribes the person it sent", async () => {
    const { campaign, admin } = await crmCampaign();
    const racer = await signUp(campaign.id);
    await confirmPledge(racer.confirm);
    const release = osdi.holdAnswers();
    const pushing = runDueJobs();
    try {
      await osdi.requestArrived(racer.email);
      const withdrawing = withdrawPledge(racer.withdraw);
      // The withdrawal is blocked on the push's row lock while the CRM has not answered.
      const early = await Promise.race([withdrawing.then(() => "withdrew"), new Promise((resolve) => setTimeout(() => resolve("waiting"), 300))]);
      expect(early).toBe("waiting");
      release();
      expect(await withdrawing).toBe("withdrawn");
    } finally {
      release();
      await pushing;
    }
    await runDueJobs();
    expect(requestsFor(racer.email).map((request) => request.body).at(-1)).toEqual({ person: { email_addresses: [{ address: racer.email, status: "unsubscribed" }] } });
    expect((await readCrmOverview(admin, campaign.id)).removals.map((removal) => removal.pledgeId)).toEqual([racer.id]);
  });
});

describe("the CRM settings", () => {
  it("keep the key encrypted, never hand it back, and audit changes without it", async () => {
    const { campaign, admin } = await crmCampaign({ apiKey: "secret-key-123" });
    const stored = await db().crmConnection.findUniqueOrThrow({ where: { campaignId: campaign.id }, select: { apiKeyEncrypted: true } });
    expect(stored.apiKeyEncrypted).toMatch(/^v1\./);
    expect(stored.apiKeyEncrypted).not.toContain("secret-key-123");
    const { connection } = await readCrmOverview(admin, campaign.id);
    expect(connection).toMatchObject({ endpointUrl: osdi.baseUrl, apiKeySet: true, enabled: true, tags: ["belarus-solidarity", "pledge-2026"] });
    expect(JSON.stringify(connection)).not.toContain("secret-key-123");
    const audit = await db().auditLogEntry.findMany({ where: { targetId: campaign.id, action: { startsWith: "crm." } }, select: { details: true } });
    expect(audit).toEqual([{ details: expect.objectContaining({ apiKey: "set" }) }]);
    expect(JSON.stringify(audit)).not.toContain("secret-key-123");

    await removeCrmApiKey(admin, campaign.id);
    expect((await readCrmOverview(admin, campaign.id)).connection).toMatchObject({ apiKeySet: false, enabled: false });
    expect(await db().auditLogEntry.count({ where: { targetId: campaign.id, action: "crm.api_key_remove" } })).toBe(1);
  });

  it("refuse other roles, addresses that are not https (or http to this machine), and switching on without a key", async () => {
    const campaign = await createTestCampaign();
    const admin = await createOrganiser("ADMIN");
    const moderator = await createOrganiser("MODERATOR");
    const valid = { endpointUrl: "https://actionnetwork.org/api/v2", apiKey: "k", tags: "", enabled: "on" };
    await expect(saveCrmSettings(moderator, campaign.id, valid)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readCrmOverview(moderator, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(backfillCrmPushes(moderator, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    for (const endpointUrl of ["http://crm.example.org/api/v2", "ftp://crm.example.org", "https://user:pass@crm.example.org/api", "not a url"]) {
      await expect(saveCrmSettings(admin, campaign.id, { ...valid, endpointUrl })).rejects.toThrow();
    }
    await expect(saveCrmSettings(admin, campaign.id, { ...valid, apiKey: "" })).rejects.toBeInstanceOf(ValidationError);
    expect(await db().crmConnection.count({ where: { campaignId: campaign.id } })).toBe(0);
    await saveCrmSettings(admin, campaign.id, { ...valid, endpointUrl: "https://actionnetwork.org/api/v2/" });
    expect((await readCrmOverview(admin, campaign.id)).connection?.endpointUrl).toBe("https://actionnetwork.org/api/v2");
  });
});
