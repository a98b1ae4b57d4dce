import "server-only";
import { serverEnv } from "@/lib/env";
import { takeStatsSnapshot } from "./take-stats-snapshot";

/**
 * The hourly snapshot job (graphile-worker crontab, lib/jobs/crontab.ts): the queue runs each
 * hour's job once across all instances, so there is one hourly snapshot per hour, not per server.
 */
export async function takeHourlySnapshot(): Promise<void> {
  await takeStatsSnapshot(serverEnv().CAMPAIGN_SLUG, "hourly");
}
