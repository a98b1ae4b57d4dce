import { z } from "zod";

// What the aggregator announces on PostgreSQL's NOTIFY channel after each change, and every
// listener (lib/live/) parses. NOTIFY payloads are limited to 8,000 bytes: a campaign with
// supporters in very many countries is announced by version only, and listeners read the tallies.

export const TALLY_CHANNEL = "pledge_tallies";
export const NOTIFY_PAYLOAD_MAX_BYTES = 7_500;

/** A campaign's public numbers at one version: the total and every country's count (> 0). */
export interface TallySnapshot {
  campaignId: string;
  version: number;
  total: number;
  countries: Record<string, number>;
}

export type TallyNotification = TallySnapshot | { campaignId: string; version: number; total?: undefined };

export function notificationPayload(snapshot: TallySnapshot): string {
  const full = JSON.stringify(snapshot);
  if (Buffer.byteLength(full, "utf8") < NOTIFY_PAYLOAD_MAX_BYTES) return full;
  return JSON.stringify({ campaignId: snapshot.campaignId, version: snapshot.version });
}

const notificationSchema = z.union([
  z.object({
    campaignId: z.guid(),
    version: z.number().int().nonnegative(),
    total: z.number().int(),
    countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.number().int()),
  }),
  z.object({ campaignId: z.guid(), version: z.number().int().nonnegative() }),
]);

/** The notification in `payload`, or null when it is not one of ours (never throws). */
export function parseTallyNotification(payload: string | undefined): TallyNotification | null {
  try {
    const parsed = notificationSchema.safeParse(JSON.parse(payload ?? ""));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
