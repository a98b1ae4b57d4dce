import "server-only";
import { db } from "@/lib/db/client";

export interface CampaignTotals {
  total: number;
  /** 0 until the aggregator has folded the campaign's first event. */
  version: number;
  updatedAt: Date | null;
}

/** A campaign's public total and version: one primary-key read of its single state row. */
export async function readCampaignTotals(campaignId: string): Promise<CampaignTotals> {
  const state = await db().tallyState.findUnique({ where: { campaignId }, select: { total: true, version: true, updatedAt: true } });
  return state ? { total: state.total, version: Number(state.version), updatedAt: state.updatedAt } : { total: 0, version: 0, updatedAt: null };
}

/** Confirmed supporters per country (ISO code → count), countries without any left out. */
export async function readCountryTallies(campaignId: string): Promise<Record<string, number>> {
  const rows = await db().countryTally.findMany({
    where: { campaignId, count: { gt: 0 } },
    select: { country: true, count: true },
    orderBy: { country: "asc" },
  });
  return Object.fromEntries(rows.map((row) => [row.country, row.count]));
}
