import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { citeStatsAction } from "@/app/[locale]/stats/actions";
import { GET as campaignSnapshotJson } from "@/app/api/v1/campaigns/[slug]/snapshots/[file]/route";
import { GET as snapshotJson } from "@/app/api/v1/snapshots/[file]/route";
import { GET as oembed } from "@/app/api/v1/oembed/route";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { forgetOtherStatsCaches } from "@/lib/stats/current-public-stats";
import { sha256Hex } from "@/lib/stats/snapshots/canonical-json";
import { takeHourlySnapshot } from "@/lib/stats/snapshots/take-hourly-snapshot";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";
import { createTestCampaign, currentTestCampaign } from "@/tests/factories/campaign";
import { insertPledges } from "@/tests/factories/pledge";
import { BASE, expectConformingBody, forgetCachedStats } from "@/tests/support/open-data-api";

// "Cite this" for another campaign than the default (ADR 0054): a journalist on
// /campaigns/<slug>/stats gets a snapshot of that campaign's figures, at an address that names
// it, and no campaign's address shows another's snapshot; a partner's site embeds its counter.
// Real PostgreSQL, real route handlers.

afterAll(() => db().$disconnect());
beforeEach(() => {
  forgetCachedStats();
  forgetOtherStatsCaches();
});

const slug = () => `c-${randomUUID().slice(0, 8)}`;
const get = (path: string) => new Request(`${BASE}${path}`);
const fileContext = (campaignSlug: string, file: string) => ({ params: Promise.resolve({ slug: campaignSlug, file }) });

function citeForm(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** Where the action redirected to (Next's redirect() throws), or the state it returned. */
async function cite(fields: Record<string, string>): Promise<{ redirect?: string; status?: string }> {
  try {
    return { status: (await citeStatsAction(initialFormState<never>(), citeForm(fields))).status };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

describe("citing another campaign", () => {
  it("snapshots that campaign's figures, at an address of its own that no other campaign answers", async () => {
    const other = await createTestCampaign({ slug: slug(), title: "Campaign B" });
    const neighbour = await createTestCampaign({ slug: slug(), title: "Campaign C" });
    await insertPledges(other.id, 3, { country: "DE" });
    await insertPledges(neighbour.id, 2, { country: "PL" });
    await runAggregatorTick();

    const { redirect } = await cite({ locale: "be", campaign: other.slug });
    const id = /^\/be\/campaigns\/([^/]+)\/stats\/snapshots\/([0-9a-f-]{36})$/.exec(redirect ?? "");
    expect(id?.[1], redirect).toBe(other.slug);
    const snapshotId = id![2]!;
    const row = await db().statsSnapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    expect(row).toMatchObject({ campaignId: other.id, trigger: "MANUAL" });

    const file = `${snapshotId}.json`;
    const response = await campaignSnapshotJson(get(`/api/v1/campaigns/${other.slug}/snapshots/${file}`), fileContext(other.slug, file));
    const content = (await expectConformingBody("/api/v1/campaigns/{slug}/snapshots/{id}.json", response.clone())) as { campaign: string; confirmed: number };
    expect(content).toMatchObject({ campaign: other.slug, confirmed: 3 });
    expect(response.headers.get("ETag")).toBe(`"${sha256Hex(await response.text())}"`);

    // Not at the default campaign's address, nor at a neighbour's: a citation names its campaign.
    const atDefault = await snapshotJson(get(`/api/v1/snapshots/${file}`), { params: Promise.resolve({ file }) });
    expect(atDefault.status).toBe(404);
    const atNeighbour = await campaignSnapshotJson(get(`/api/v1/campaigns/${neighbour.slug}/snapshots/${file}`), fileContext(neighbour.slug, file));
    expect(atNeighbour.status).toBe(404);
    // And the default campaign's snapshot is not at this campaign's address.
    const { id: defaultId } = await takeStatsSnapshot((await currentTestCampaign()).slug, "hourly");
    const defaultAtOther = await campaignSnapshotJson(get(`/api/v1/campaigns/${other.slug}/snapshots/${defaultId}.json`), fileContext(other.slug, `${defaultId}.json`));
    expect(defaultAtOther.status).toBe(404);
  });

  it("writes nothing for a draft or an unknown campaign, and says it failed", async () => {
    const draft = await createTestCampaign({ slug: slug(), title: "Draft", status: "DRAFT" });
    await insertPledges(draft.id, 1, { country: "DE" });
    const before = await db().statsSnapshot.count();
    expect(await cite({ locale: "en", campaign: draft.slug })).toEqual({ status: "failed" });
    expect(await cite({ locale: "en", campaign: "no-such-campaign" })).toEqual({ status: "failed" });
    expect(await db().statsSnapshot.count()).toBe(before);
    const response = await campaignSnapshotJson(get(`/api/v1/campaigns/${draft.slug}/snapshots/x.json`), fileContext(draft.slug, "x.json"));
    expect(response.status).toBe(404);
  });

  it("answers oEmbed for a public campaign's stats page with its own counter, and 404 for a draft's", async () => {
    const live = await createTestCampaign({ slug: slug(), title: "Live" });
    const draft = await createTestCampaign({ slug: slug(), title: "Draft", status: "DRAFT" });
    const ask = (url: string) => oembed(get(`/api/v1/oembed?url=${encodeURIComponent(url)}&format=json`));
    const answer = (await expectConformingBody("/api/v1/oembed", await ask(`${BASE}/ru/campaigns/${live.slug}/stats`))) as { html: string };
    expect(answer.html).toContain(`/embed/counter?locale=ru&amp;variant=large&amp;campaign=${live.slug}"`);
    expect((await ask(`${BASE}/embed/counter?campaign=${live.slug}`)).status).toBe(200);
    expect((await ask(`${BASE}/en/campaigns/${draft.slug}/stats`)).status).toBe(404);
    expect((await ask(`${BASE}/embed/counter?campaign=no-such-campaign`)).status).toBe(404);
  });

  it("takes the hourly snapshot of the default campaign and of every live or closed one, not of drafts", async () => {
    const live = await createTestCampaign({ slug: slug(), title: "Live" });
    const closed = await createTestCampaign({ slug: slug(), title: "Closed", status: "CLOSED" });
    const draft = await createTestCampaign({ slug: slug(), title: "Draft", status: "DRAFT" });
    const current = await currentTestCampaign();
    const hourly = (campaignId: string) => db().statsSnapshot.count({ where: { campaignId, trigger: "HOURLY" } });
    const before = await hourly(current.id);

    await takeHourlySnapshot();

    expect(await hourly(current.id)).toBe(before + 1);
    expect(await hourly(live.id)).toBe(1);
    expect(await hourly(closed.id)).toBe(1);
    expect(await hourly(draft.id)).toBe(0);
  });
});
