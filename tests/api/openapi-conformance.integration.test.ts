import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/env";
import { GET as unknownPath, POST as unknownPathPost } from "@/app/api/v1/[...path]/route";
import { GET as badge } from "@/app/api/v1/badge.svg/route";
import { GET as countriesCsv } from "@/app/api/v1/countries.csv/route";
import { GET as countriesJson } from "@/app/api/v1/countries.json/route";
import { GET as historyCsv } from "@/app/api/v1/history.csv/route";
import { GET as historyJson } from "@/app/api/v1/history.json/route";
import { GET as oembed } from "@/app/api/v1/oembed/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as snapshotJson } from "@/app/api/v1/snapshots/[file]/route";
import { GET as statsJson, OPTIONS as statsOptions } from "@/app/api/v1/stats.json/route";
import { db } from "@/lib/db/client";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";
import { sha256Hex } from "@/lib/stats/snapshots/canonical-json";
import { BELARUS_FEWER_THAN_K, countWithSelects, invalidateDirectly, withdrawDirectly } from "@/tests/support/ledger";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { insertPledge } from "@/tests/factories/pledge";
import { BASE, expectConformingBody, forgetCachedStats } from "@/tests/support/open-data-api";

// Route handlers live in app/, which Vitest does not collect: they are tested here, with real
// Requests on the test database, against the OpenAPI document the API serves.

afterAll(() => db().$disconnect());
beforeEach(() => forgetCachedStats());

const get = (url: string, headers: Record<string, string> = {}) => new Request(`${BASE}${url}`, { headers });
const snapshotContext = (file: string) => ({ params: Promise.resolve({ file }) });

async function seedCurrentCampaign() {
  const campaign = await currentTestCampaign();
  const ids = [];
  for (const country of ["PL", "PL", "PL", "LT", "LT", "DE"]) ids.push(await insertPledge(campaign.id, { country }));
  await insertPledge(campaign.id, { status: "PENDING", country: "FR" });
  await withdrawDirectly(ids[0]!);
  await invalidateDirectly(campaign.id, [ids[3]!], "automated sign-ups from one network");
  await runAggregatorTick();
  // The files a worker runs share its database, and one (transparency-log-routes) leaves a few
  // supporters in Belarus in this campaign: a sensitive country, so while there are fewer than k of
  // them they are in no public figure. Count from "Pledge" as the site publishes.
  const inBelarus = await db().pledge.count({ where: { campaignId: campaign.id, country: "BY", status: "CONFIRMED" } });
  expect(inBelarus, "Belarus below k, so none of it is published").toBeLessThan(5);
  return { campaign, expected: await countWithSelects(campaign.id, ["BY"]) };
}

describe("the open data API", () => {
  it("answers every endpoint as the OpenAPI document describes, with the numbers of SELECTs on the pledges", async () => {
    const { campaign, expected } = await seedCurrentCampaign();

    const stats = (await expectConformingBody("/api/v1/stats.json", await statsJson(get("/api/v1/stats.json")))) as Record<string, unknown>;
    expect(stats).toMatchObject({
      confirmed: expected.confirmed,
      countryCount: expected.countries.length, // BY, "fewer than 5", has no published figure
      ledger: { confirmed: expected.confirmed, pending: expected.pending, withdrawn: expected.withdrawn, invalidated: expected.invalidated, invalidatedByReason: expected.invalidatedByReason },
      licence: { name: "CC BY 4.0" },
    });

    const countries = (await expectConformingBody("/api/v1/countries.json", await countriesJson(get("/api/v1/countries.json?locale=be")))) as { countries: { code: string; name: string; count: number }[] };
    expect(countries.countries.map(({ code, count }) => ({ code, count }))).toEqual([...expected.countries, BELARUS_FEWER_THAN_K]);
    expect(countries.countries.find((row) => row.code === "PL")?.name).toBe("Польшча");

    const csv = (await expectConformingBody("/api/v1/countries.csv", await countriesCsv(get("/api/v1/countries.csv")))) as string;
    const csvRows = csv.trim().split("\r\n").slice(1).map((line) => line.split(","));
    expect(csvRows.map(([code, , count]) => ({ code, count: Number(count) }))).toEqual([...expected.countries, BELARUS_FEWER_THAN_K]);
    expect(csvRows.at(-1)?.at(-1)).toBe("5"); // rounded_to: BY's figure is a multiple of k, here "fewer than 5"

    for (const query of ["", "?granularity=hour", `?granularity=day&from=${new Date().toISOString().slice(0, 10)}`]) {
      const history = (await expectConformingBody("/api/v1/history.json", await historyJson(get(`/api/v1/history.json${query}`)))) as { points: { cumulative: number }[] };
      expect(history.points.at(-1)?.cumulative).toBe(expected.confirmed);
      const historyText = (await expectConformingBody("/api/v1/history.csv", await historyCsv(get(`/api/v1/history.csv${query}`)))) as string;
      expect(Number(historyText.trim().split("\r\n").at(-1)!.split(",")[3])).toBe(expected.confirmed);
    }

    const svg = (await expectConformingBody("/api/v1/badge.svg", await badge(get("/api/v1/badge.svg?locale=ru")))) as string;
    expect(svg).toContain(`<title id="badge-title">${expected.confirmed} `);
    expect(svg).toMatch(/сторонник/);

    const { id } = await takeStatsSnapshot(campaign.slug, "hourly");
    const snapshotResponse = await snapshotJson(get(`/api/v1/snapshots/${id}.json`), snapshotContext(`${id}.json`));
    const snapshot = (await expectConformingBody("/api/v1/snapshots/{id}.json", snapshotResponse.clone())) as { confirmed: number };
    expect(snapshot.confirmed).toBe(expected.confirmed);
    expect(snapshotResponse.headers.get("ETag")).toBe(`"${sha256Hex(await snapshotResponse.text())}"`);

    const embed = (await expectConformingBody("/api/v1/oembed", await oembed(get(`/api/v1/oembed?url=${encodeURIComponent(`${BASE}/embed/counter?locale=be&variant=large`)}&format=json`)))) as { html: string };
    expect(embed.html).toContain(`src="${BASE}/embed/counter?locale=be&amp;variant=large"`);

    const document = (await (await openapi(get("/api/v1/openapi.json"))).json()) as { openapi: string };
    expect(document.openapi).toBe("3.1.0");
  });

  it("is open to every origin, states the licence, and answers 304 to either validator", async () => {
    await seedCurrentCampaign();
    const first = await statsJson(get("/api/v1/stats.json"));
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(first.headers.get("Link")).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(first.headers.get("Cache-Control")).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/);
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();

    const byEtag = await statsJson(get("/api/v1/stats.json", { "If-None-Match": etag }));
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe("");
    expect((await statsJson(get("/api/v1/stats.json", { "If-Modified-Since": lastModified }))).status).toBe(304);
    expect((await statsJson(get("/api/v1/stats.json", { "If-None-Match": '"other"', "If-Modified-Since": lastModified }))).status).toBe(200);

    const preflight = statsOptions();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toContain("GET");
  });

  it("answers bad parameters with 400 and a JSON error, and unknown snapshots with 404", async () => {
    await seedCurrentCampaign();
    const cases: [string, Response][] = [
      ["/api/v1/history.json", await historyJson(get("/api/v1/history.json?granularity=minute"))],
      ["/api/v1/history.csv", await historyCsv(get("/api/v1/history.csv?from=2026-13-01"))],
      ["/api/v1/history.json", await historyJson(get("/api/v1/history.json?granularity=hour&from=2026-01-01&to=2026-12-31"))],
      ["/api/v1/countries.json", await countriesJson(get("/api/v1/countries.json?locale=xx"))],
      ["/api/v1/badge.svg", await badge(get("/api/v1/badge.svg?locale=de"))],
      ["/api/v1/oembed", await oembed(get("/api/v1/oembed?format=json"))],
    ];
    for (const [path, response] of cases) {
      expect(response.status, path).toBe(400);
      const body = (await expectConformingBody(path, response)) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("invalid_parameter");
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    }
    const unknown = await snapshotJson(get("/api/v1/snapshots/00000000-0000-4000-8000-000000000000.json"), snapshotContext("00000000-0000-4000-8000-000000000000.json"));
    expect(unknown.status).toBe(404);
    await expectConformingBody("/api/v1/snapshots/{id}.json", unknown);
    expect((await snapshotJson(get("/api/v1/snapshots/nonsense"), snapshotContext("nonsense"))).status).toBe(404);
    const foreign = await oembed(get(`/api/v1/oembed?url=${encodeURIComponent("https://example.org/embed/counter")}`));
    expect(foreign.status).toBe(404);
    await expectConformingBody("/api/v1/oembed", foreign);
    expect((await oembed(get(`/api/v1/oembed?url=${encodeURIComponent(`${BASE}/embed/counter`)}&format=xml`))).status).toBe(501);
  });

  it("answers paths it does not have with a JSON 404 in the API's error shape", async () => {
    // A POST from our own origin (writes from other sites are refused before any route answers).
    const ownOrigin = new URL(serverEnv().APP_URL).origin;
    const post = new Request(`${ownOrigin}/api/v1/nothing-here`, { method: "POST", headers: { origin: ownOrigin } });
    for (const response of [unknownPath(), await unknownPathPost(post)]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("/api/v1/openapi.json") } });
    }
  });
});
