import "server-only";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { takeStatsSnapshot } from "./take-stats-snapshot";

/**
 * The hourly snapshot job (graphile-worker crontab, lib/jobs/crontab.ts): the queue runs each
 * hour's job once across all instances, so there is one hourly snapshot per hour and campaign,
 * not per server. It covers the default campaign and every public one, closed ones too: their
 * figures still move when a pledge is withdrawn or invalidated, and their numbers pages promise an
 * hourly snapshot. Drafts have no public figures to cite. One campaign that fails does not cost the others
 * theirs; the job then fails and the queue runs it again (those that succeeded then get a second
 * snapshot that hour, as true as the first).
 */
export async function takeHourlySnapshot(now = new Date()): Promise<void> {
  const defaultSlug = serverEnv().CAMPAIGN_SLUG;
  const others = await db().campaign.findMany({ where: { status: { in: ["LIVE", "CLOSED"] }, slug: { not: defaultSlug } }, orderBy: { createdAt: "asc" }, select: { slug: true } });
  const failures: unknown[] = [];
  for (const slug of [defaultSlug, ...others.map((campaign) => campaign.slug)]) {
    try {
      await takeStatsSnapshot(slug, "hourly", now);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `the hourly snapshot failed for ${failures.length} campaign(s)`);
}
