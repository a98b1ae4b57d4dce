import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { sharedRecount } from "@/lib/cache/shared-recount";
import { countPledgesByStatus } from "@/lib/auth/count-pledges-by-status";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { findAnomalies, type AnomalyReport } from "@/lib/fraud/find-anomalies";
import { countMessagesWaiting } from "@/lib/moderation/count-messages-waiting";
import { confirmationsPerHour, type HourCount } from "./confirmations-per-hour";
import { topCountries } from "./top-countries";

export interface DashboardNumbers {
  counts: Record<PledgeStatus, number>;
  hours: HourCount[];
  waiting: number;
  countries: { country: string; pledges: number }[];
  /** The anomaly panel's sources, counted with the rest (one scan of the last 24 hours). */
  anomalies: AnomalyReport;
  /** When these numbers were counted (the page says so). */
  countedAt: Date;
}

/** How old the dashboard's numbers may be before a page view asks for a recount. */
export const DASHBOARD_FRESH_MS = 5_000;
/**
 * Up to this age the previous numbers answer while the recount runs (organisers watching the
 * dashboard, whose pages refresh every 10 s); older ones are never shown: the view waits.
 */
export const DASHBOARD_STALE_MS = 30_000;

// Per instance and campaign. At a million pledges the exact counts take about a second: every
// organiser watching the dashboard on the surge day shares one recount per few seconds, and none
// waits for it once there is a first answer (docs/decisions/0025-dashboard-numbers-counted-every-few-seconds.md).
const dashboardNumbers = sharedRecount<DashboardNumbers>("admin", { freshMs: DASHBOARD_FRESH_MS, staleMs: DASHBOARD_STALE_MS });

/** Counts as `actor`, who has been authorised; the result is shared with every organiser who may see it. */
async function countAll(actor: Actor, campaignId: string, countedAt: Date): Promise<DashboardNumbers> {
  const [counts, hours, waiting, countries, anomalies] = await Promise.all([
    countPledgesByStatus(actor, campaignId),
    confirmationsPerHour(actor, campaignId, { now: countedAt }),
    countMessagesWaiting(actor, campaignId),
    topCountries(actor, campaignId),
    findAnomalies(actor, campaignId, countedAt),
  ]);
  return { counts, hours, waiting, countries, anomalies, countedAt };
}

/**
 * The dashboard's numbers (VIEWER and above): counted at most once per DASHBOARD_FRESH_MS per
 * instance; between that and DASHBOARD_STALE_MS the previous ones answer while a single recount
 * runs in the background; older ones are recounted while the view waits.
 */
export async function loadDashboardNumbers(actor: Actor, campaignId: string, now = Date.now()): Promise<DashboardNumbers> {
  authorise(actor, "VIEWER", campaignId);
  return (await dashboardNumbers.read(campaignId, (countedAt) => countAll(actor, campaignId, countedAt), now)).value;
}
