// Helpers for the sensitive-country tests (never imported by the app): every public output of the
// current campaign (CAMPAIGN_SLUG) read the way the public reads it, in a form two reads compare by.
import { GET as badge } from "@/app/api/v1/badge.svg/route";
import { GET as countriesCsv } from "@/app/api/v1/countries.csv/route";
import { GET as countriesJson } from "@/app/api/v1/countries.json/route";
import { GET as historyJson } from "@/app/api/v1/history.json/route";
import { GET as statsJson } from "@/app/api/v1/stats.json/route";
import { db } from "@/lib/db/client";
import { buildMapData } from "@/lib/geo/map-data/build-map-data";
import { loadTallySnapshot } from "@/lib/live/load-tally-snapshot";
import { BASE, forgetCachedStats } from "@/tests/support/open-data-api";
import { publicTotal } from "@/lib/stats/public-total";
import { findStatsSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";

const get = async (handler: (request: Request) => Promise<Response>, path: string) => {
  const response = await handler(new Request(`${BASE}${path}`));
  return { status: response.status, lastModified: response.headers.get("Last-Modified"), body: await response.text() };
};

/** A snapshot's figures, without when and why it was taken (two snapshots differ there anyway). */
async function snapshotFigures(slug: string, campaignId: string, at: Date) {
  const { id } = await takeStatsSnapshot(slug, "hourly", at);
  const { takenAt: _takenAt, trigger: _trigger, ...figures } = (await findStatsSnapshot(id, campaignId)).content;
  return figures;
}

/**
 * What anyone can see: the live stream's state (what a new SSE client gets first), the map, the
 * home page's and OG image's total, stats.json, countries.json/csv, history, the badge and a
 * snapshot. `ledgerCountedAt` says when it was read, so it is left out (and so is stats.json's
 * Last-Modified when it is that moment); the history keeps the
 * buckets with changes (an hour that begins between two reads adds an empty one).
 */
export async function publicOutputs(campaign: { id: string; slug: string; mapThreshold: number; sensitiveCountries: string[] }, snapshotAt: Date) {
  forgetCachedStats();
  const stats = await get(statsJson, "/api/v1/stats.json");
  const { ledgerCountedAt, ...statsBody } = JSON.parse(stats.body) as Record<string, unknown>;
  // stats.json's Last-Modified moves with its body, which includes when the ledger was read:
  // that read time is left out here like ledgerCountedAt itself, any other change is compared.
  const readAt = new Date(String(ledgerCountedAt)).toUTCString();
  const statsLastModified = stats.lastModified === readAt ? "when the ledger was read" : stats.lastModified;
  const history = await get(historyJson, "/api/v1/history.json?granularity=hour");
  const { points, ...historyBody } = JSON.parse(history.body) as { points: { added: number; removed: number; cumulative: number }[] };
  return {
    live: await loadTallySnapshot(campaign.id),
    map: await buildMapData(campaign),
    homeTotal: await publicTotal(campaign.id),
    stats: { ...stats, lastModified: statsLastModified, body: statsBody },
    countriesJson: await get(countriesJson, "/api/v1/countries.json"),
    countriesCsv: await get(countriesCsv, "/api/v1/countries.csv"),
    history: { ...history, body: { ...historyBody, points: points.filter((point) => point.added + point.removed > 0) } },
    badge: await get(badge, "/api/v1/badge.svg"),
    snapshot: await snapshotFigures(campaign.slug, campaign.id, snapshotAt),
  };
}

/** A sensitive country's true count and published figure, straight from the tables. */
export async function coarseFigure(campaignId: string, country: string) {
  const [tally, coarse] = await Promise.all([
    db().countryTally.findUnique({ where: { campaignId_country: { campaignId, country } }, select: { count: true } }),
    db().coarseCountryTally.findUnique({ where: { campaignId_country: { campaignId, country } }, select: { published: true, releaseAt: true } }),
  ]);
  return { trueCount: tally?.count ?? 0, published: coarse?.published ?? 0, releaseAt: coarse?.releaseAt ?? null };
}
