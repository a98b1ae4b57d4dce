import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as campaignStatsJson } from "@/app/api/v1/campaigns/[slug]/stats.json/route";
import { GET as campaignCountriesJson } from "@/app/api/v1/campaigns/[slug]/countries.json/route";
import { GET as campaignCountriesCsv } from "@/app/api/v1/campaigns/[slug]/countries.csv/route";
import { GET as campaignHistoryJson } from "@/app/api/v1/campaigns/[slug]/history.json/route";
import { GET as campaignHistoryCsv } from "@/app/api/v1/campaigns/[slug]/history.csv/route";
import { GET as campaignBadge } from "@/app/api/v1/campaigns/[slug]/badge.svg/route";
import { GET as statsJson } from "@/app/api/v1/stats.json/route";
import { GET as live } from "@/app/api/live/route";
import { GET as mapJson } from "@/app/api/map/route";
import { GET as logCheckpoint } from "@/app/api/v1/log/checkpoint/route";
import { GET as logLeaves } from "@/app/api/v1/log/leaves/route";
import { cliActor } from "@/lib/auth/actor";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { currentOrganiser } from "@/lib/auth/current-organiser";
import { listOrganisers } from "@/lib/auth/list-organisers";
import { organiserAdapter } from "@/lib/auth/organiser-adapter";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { newCampaignSchema } from "@/lib/campaigns/new-campaign-schema";
import { readCampaignSettings } from "@/lib/campaigns/read-campaign-settings";
import { saveCampaignStory } from "@/lib/campaigns/save-campaign-story";
import { setCampaignStatus } from "@/lib/campaigns/set-campaign-status";
import { updateCampaignSettings } from "@/lib/campaigns/update-campaign-settings";
import { db } from "@/lib/db/client";
import { backfillCrmPushes } from "@/lib/crm/backfill-crm-pushes";
import { readCrmOverview } from "@/lib/crm/read-crm-overview";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { readWebhookEndpoints } from "@/lib/webhooks/read-webhook-endpoints";
import { streamSupportersCsv } from "@/lib/exports/stream-supporters-csv";
import { assemblePackContent } from "@/lib/delivery/assemble-pack-content";
import { renderDeliveryPack } from "@/lib/delivery/render-delivery-pack";
import { findStatsSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";
import { pdfText } from "@/tests/support/pdf-text";
import { listModerationQueue } from "@/lib/moderation/list-moderation-queue";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { forgetOtherStatsCaches } from "@/lib/stats/current-public-stats";
import { createTestCampaign, currentTestCampaign } from "@/tests/factories/campaign";
import { createMessagePledge, insertPledge, insertPledges } from "@/tests/factories/pledge";
import { jar } from "@/tests/support/auth";
import { EventLog, readStream } from "@/tests/support/live-stream";
import { BASE, expectConformingBody, forgetCachedStats } from "@/tests/support/open-data-api";

// Several campaigns on one instance (issue #17 point 4, ADR 0054): nothing of one campaign shows
// in another's numbers, open data, wall, queue or export, and an organiser with a role in one
// campaign only can neither read nor change another. Real PostgreSQL, real route handlers.

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));

afterAll(() => db().$disconnect());
beforeEach(() => {
  jar.clear();
  forgetCachedStats();
  forgetOtherStatsCaches();
});

const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });
const get = (path: string) => new Request(`${BASE}${path}`);
const slug = () => `c-${randomUUID().slice(0, 8)}`;

async function twoCampaigns() {
  const a = await createTestCampaign({ slug: slug(), title: "Campaign A" });
  const b = await createTestCampaign({ slug: slug(), title: "Campaign B" });
  await insertPledges(a.id, 3, { country: "PL" });
  await insertPledges(b.id, 1, { country: "DE" });
  await createMessagePledge(a.id, { messageStatus: "APPROVED", message: "From A" });
  await createMessagePledge(b.id, { messageStatus: "APPROVED", message: "From B", country: "LT" });
  await createMessagePledge(b.id, { message: "Waiting in B", country: "LT" });
  await runAggregatorTick();
  return { a, b };
}

async function signInOnlyTo(campaignId: string) {
  const email = `campaign-only-${randomUUID()}@example.org`;
  const { id } = await addOrganiser(cliActor(), { email, role: "ADMIN", campaignId });
  const sessionToken = randomBytes(32).toString("hex");
  await organiserAdapter().createSession!({ sessionToken, userId: id, expires: new Date(Date.now() + 3_600_000) });
  jar.set("authjs.session-token", sessionToken);
  return { id, email };
}

describe("several campaigns", () => {
  it("keeps each campaign's numbers, open data, wall, queue and export to itself", async () => {
    const { a, b } = await twoCampaigns();
    const defaultBefore = (await (await statsJson(get("/api/v1/stats.json"))).json()) as { confirmed: number };

    const statsOf = async (campaignSlug: string) =>
      (await expectConformingBody("/api/v1/campaigns/{slug}/stats.json", await campaignStatsJson(get(`/api/v1/campaigns/${campaignSlug}/stats.json`), slugContext(campaignSlug)))) as { confirmed: number };
    expect((await statsOf(a.slug)).confirmed).toBe(4); // 3 plus one with a message
    expect((await statsOf(b.slug)).confirmed).toBe(3); // 1 plus two with messages
    const countries = (await expectConformingBody(
      "/api/v1/campaigns/{slug}/countries.json",
      await campaignCountriesJson(get(`/api/v1/campaigns/${b.slug}/countries.json`), slugContext(b.slug)),
    )) as { countries: { code: string }[] };
    expect(countries.countries.map((row) => row.code)).not.toContain("PL");
    const history = (await expectConformingBody(
      "/api/v1/campaigns/{slug}/history.json",
      await campaignHistoryJson(get(`/api/v1/campaigns/${b.slug}/history.json`), slugContext(b.slug)),
    )) as { points: { cumulative: number }[] };
    expect(history.points.at(-1)?.cumulative).toBe(3);
    const historyCsv = (await expectConformingBody("/api/v1/campaigns/{slug}/history.csv", await campaignHistoryCsv(get(`/api/v1/campaigns/${a.slug}/history.csv`), slugContext(a.slug)))) as string;
    expect(Number(historyCsv.trim().split("\r\n").at(-1)!.split(",")[3])).toBe(4);
    const countriesCsv = (await expectConformingBody("/api/v1/campaigns/{slug}/countries.csv", await campaignCountriesCsv(get(`/api/v1/campaigns/${b.slug}/countries.csv`), slugContext(b.slug)))) as string;
    expect(countriesCsv).not.toMatch(/^PL,/m);
    const badge = (await expectConformingBody("/api/v1/campaigns/{slug}/badge.svg", await campaignBadge(get(`/api/v1/campaigns/${b.slug}/badge.svg?locale=en`), slugContext(b.slug)))) as string;
    expect(badge).toContain('<title id="badge-title">3 ');
    // The default campaign's figures did not move.
    forgetCachedStats();
    expect(((await (await statsJson(get("/api/v1/stats.json"))).json()) as { confirmed: number }).confirmed).toBe(defaultBefore.confirmed);

    const mapOf = async (campaignSlug: string) => (await (await mapJson(get(`/api/map?campaign=${campaignSlug}`))).json()) as { total: number; countries: { code: string }[] };
    const mapB = await mapOf(b.slug);
    expect(mapB.total).toBe(3);
    expect(mapB.countries.map((row) => row.code)).not.toContain("PL");
    expect((await mapOf(a.slug)).total).toBe(4);
    expect((await mapJson(get("/api/map?campaign=no-such-campaign"))).status).toBe(404);

    // Each campaign's transparency log holds its own confirmations only.
    const checkpointOf = async (campaignSlug: string) =>
      (await expectConformingBody("/api/v1/log/checkpoint", await logCheckpoint(get(`/api/v1/log/checkpoint?campaign=${campaignSlug}`)))) as { treeSize: number };
    expect((await checkpointOf(a.slug)).treeSize).toBe(4);
    expect((await checkpointOf(b.slug)).treeSize).toBe(3);
    const leavesB = (await expectConformingBody("/api/v1/log/leaves", await logLeaves(get(`/api/v1/log/leaves?campaign=${b.slug}&start=0&end=3`)))) as { leaves: string[] };
    expect(leavesB.leaves).toHaveLength(3);
    expect((await logCheckpoint(get("/api/v1/log/checkpoint?campaign=no-such-campaign"))).status).toBe(404);

    expect((await listPublicMessages(a, { limit: 10 })).map((message) => message.text)).toEqual(["From A"]);
    expect((await listPublicMessages(b, { limit: 10 })).map((message) => message.text)).toEqual(["From B"]);
    const queueA = await listModerationQueue(cliActor(), a, { status: "open", page: 1 });
    expect(queueA.items.map((item) => item.text)).not.toContain("Waiting in B");
    const exportA = await streamSupportersCsv(cliActor(), a.id);
    await exportA.body.cancel();
    const exportB = await streamSupportersCsv(cliActor(), b.id);
    await exportB.body.cancel();
    expect(exportA.rows).toBe((await db().pledge.count({ where: { campaignId: a.id, status: "CONFIRMED", consentUpdates: true } })));
    expect(exportB.rows).toBe(await db().pledge.count({ where: { campaignId: b.id, status: "CONFIRMED", consentUpdates: true } }));
  });

  it("streams each campaign's live tallies only to its own readers", async () => {
    const { a, b } = await twoCampaigns();
    const controller = new AbortController();
    const response = await live(new Request(`${BASE}/api/live?campaign=${b.slug}`, { signal: controller.signal }));
    expect(response.status).toBe(200);
    const log = new EventLog();
    const ended = readStream(response.body!, log);
    type Tally = { total: number; countries: Record<string, number> };
    expect((JSON.parse((await log.waitFor((event) => event.event === "tally")).data!) as Tally).total).toBe(3);
    await insertPledge(a.id, { country: "FI" }); // A grows first: B's readers must not hear of it
    await insertPledge(b.id, { country: "EE" });
    await runAggregatorTick();
    const next = JSON.parse((await log.waitFor((event) => event.event === "tally" && event.data!.includes('"EE"'))).data!) as Tally;
    expect(next.total).toBe(4);
    expect(next.countries.FI).toBeUndefined();
    controller.abort();
    await ended.catch(() => undefined);

    for (const campaignSlug of ["no-such-campaign", (await createTestCampaign({ slug: slug(), status: "DRAFT" })).slug]) {
      expect((await live(new Request(`${BASE}/api/live?campaign=${campaignSlug}`))).status).toBe(404);
    }
  });

  it("puts only its own campaign's title, figures and messages in a delivery pack", async () => {
    const { a, b } = await twoCampaigns();
    // What previewDeliveryPack and the send build, uncompressed so the test can read its text.
    const { id } = await takeStatsSnapshot(b.slug, "manual");
    const campaignB = { id: b.id, slug: b.slug, title: b.title, sensitiveCountries: b.sensitiveCountries };
    const text = await pdfText(await renderDeliveryPack(await assemblePackContent(campaignB, await findStatsSnapshot(id, b.id), "en"), { compress: false }));
    expect(text).toContain("Campaign B");
    expect(text).toContain("From B");
    expect(text).not.toContain("From A");
    expect(text).not.toContain("Campaign A");
    expect(await db().statsSnapshot.count({ where: { campaignId: a.id } })).toBe(0);
  });

  it("answers 404 for a draft, an unknown slug and the default campaign's own slug", async () => {
    const draft = await createTestCampaign({ slug: slug(), status: "DRAFT" });
    const defaultSlug = (await currentTestCampaign()).slug;
    for (const campaignSlug of [draft.slug, "no-such-campaign", defaultSlug, "../stats"]) {
      const response = await campaignStatsJson(get(`/api/v1/campaigns/${campaignSlug}/stats.json`), slugContext(campaignSlug));
      expect(response.status).toBe(404);
      expect((await campaignBadge(get(`/api/v1/campaigns/${campaignSlug}/badge.svg`), slugContext(campaignSlug))).status).toBe(404);
    }
  });

  it("binds an organiser with a role in one campaign to it: another campaign is refused, reading and writing", async () => {
    const { a, b } = await twoCampaigns();
    await signInOnlyTo(b.id);
    const organiser = (await currentOrganiser())!;
    expect(organiser).toMatchObject({ role: "ADMIN", campaignId: b.id, instanceRole: null });
    expect((await getAdminCampaign()).id).toBe(b.id);

    await expect(readCampaignSettings(organiser, b.id)).resolves.toBeDefined();
    await expect(readCampaignSettings(organiser, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateCampaignSettings(organiser, a.id, { goal: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveCampaignStory(organiser, a.id, { locale: "en", markdown: "Not yours" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listModerationQueue(organiser, a, { status: "open", page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(streamSupportersCsv(organiser, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setCampaignStatus(organiser, a.id, "DRAFT")).rejects.toBeInstanceOf(ForbiddenError);
    // Partners' systems are a campaign's too: another campaign's receivers and CRM stay out of reach.
    await expect(readWebhookEndpoints(organiser, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createWebhookEndpoint(organiser, a.id, { url: "https://receiver.example/hook", events: ["pledge.confirmed"] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readCrmOverview(organiser, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(backfillCrmPushes(organiser, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readWebhookEndpoints(organiser, b.id)).resolves.toEqual([]);
    // Its own campaign it runs: closing it is logged with the campaign.
    expect(await setCampaignStatus(organiser, b.id, "CLOSED")).toEqual({ changed: true });
    expect(await db().auditLogEntry.findFirst({ where: { action: "settings.change", campaignId: b.id }, select: { details: true } })).toEqual({ details: { before: { status: "LIVE" }, after: { status: "CLOSED" } } });
    // A campaign's ADMIN is not the instance's: people and new campaigns stay out of reach.
    await expect(listOrganisers(organiser)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createCampaign(organiser, newCampaignSchema.parse({ slug: slug(), title: "Mine", goal: "10", status: "LIVE" }))).rejects.toBeInstanceOf(ForbiddenError);

    expect(await db().campaign.findUniqueOrThrow({ where: { id: a.id }, select: { goal: true, status: true } })).toEqual({ goal: 100, status: "LIVE" });
    expect(await db().campaignStory.count({ where: { campaignId: a.id } })).toBe(0);
    expect(await db().webhookEndpoint.count({ where: { campaignId: a.id } })).toBe(0);
  });

  it("creates a campaign for an instance admin, logs it with the campaign, and refuses a taken or malformed slug", async () => {
    const taken = slug();
    const created = await createCampaign(cliActor(), newCampaignSchema.parse({ slug: taken, title: "Solidarity 2027", goal: "500", status: "DRAFT" }));
    expect(await db().auditLogEntry.findFirst({ where: { action: "campaign.create", campaignId: created.id }, select: { targetId: true } })).toEqual({ targetId: created.id });
    await expect(createCampaign(cliActor(), newCampaignSchema.parse({ slug: taken, title: "Again", goal: "5", status: "LIVE" }))).rejects.toEqual(new ValidationError({ slug: ["slugTaken"] }));
    const bad = newCampaignSchema.safeParse({ slug: "Has Spaces", title: "x", goal: "0", status: "OPEN" });
    expect(Object.fromEntries(bad.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({ slug: "slugInvalid", title: "titleInvalid", goal: "goalInvalid", status: "statusInvalid" });
  });
});
