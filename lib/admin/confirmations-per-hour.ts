import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

export interface HourCount {
  /** Start of the hour (UTC). */
  hour: Date;
  confirmations: number;
}

/**
 * Email confirmations per hour over the last `hours` hours, oldest first, every hour present (0
 * when none), the current hour last (VIEWER and above). Counts every pledge confirmed in the
 * hour, whatever became of it later: it shows the pace of sign-ups, not the public count.
 */
export async function confirmationsPerHour(actor: Actor, campaignId: string, options: { hours?: number; now?: Date } = {}): Promise<HourCount[]> {
  authorise(actor, "VIEWER", campaignId);
  const hours = options.hours ?? 48;
  const now = options.now ?? new Date();
  const rows = await db().$queryRaw<{ hour: Date; confirmations: number }[]>`
    WITH hours AS (
      SELECT generate_series(date_trunc('hour', ${now}::timestamptz, 'UTC') - make_interval(hours => ${hours - 1}::int),
                             date_trunc('hour', ${now}::timestamptz, 'UTC'), interval '1 hour') AS hour
    )
    SELECT hours.hour, count(p."id")::int AS confirmations
    FROM hours
    LEFT JOIN "Pledge" p ON p."campaignId" = ${campaignId}::uuid
      AND p."confirmedAt" >= hours.hour AND p."confirmedAt" < hours.hour + interval '1 hour'
    GROUP BY hours.hour ORDER BY hours.hour`;
  return rows.map((row) => ({ hour: new Date(row.hour), confirmations: row.confirmations }));
}
