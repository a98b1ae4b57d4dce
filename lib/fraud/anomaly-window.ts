import "server-only";
import { Prisma } from "@/lib/db/generated/client";

// What the anomaly panel and isSourceFlagged() both count (isSourceFlagged looks at the last 60
// minutes only, and also asks that the source dominate the campaign's hour, ADR 0029):
// email confirmations (confirmedAt) of pledges still CONFIRMED or held in PENDING_REVIEW, per
// UTC hour, over the current hour and the 23 before it. Invalidated and withdrawn pledges drop
// out, so a burst that has been dealt with stops being flagged (docs/decisions/0014-…).

export const WINDOW_HOURS = 24;

/** The start of the oldest hour in the window. */
export function windowStart(now: Date): Date {
  const hour = new Date(now);
  hour.setUTCMinutes(0, 0, 0);
  return new Date(hour.getTime() - (WINDOW_HOURS - 1) * 3_600_000);
}

export const countedStatuses = Prisma.sql`"status" IN ('CONFIRMED', 'PENDING_REVIEW')`;

export const confirmationHour = Prisma.sql`date_trunc('hour', "confirmedAt", 'UTC')`;
