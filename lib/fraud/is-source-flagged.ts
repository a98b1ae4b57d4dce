import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { confirmationHour, countedStatuses, windowStart } from "./anomaly-window";

export interface SourceKey {
  networkHash?: string | null;
  emailDomain?: string | null;
}

/** How long an answer is reused: a bot's burst is noticed within this, and one query serves many pledges. */
export const FLAG_CACHE_MS = 30_000;
const MAX_CACHED = 10_000;
const cache = new Map<string, { flagged: boolean; expires: number }>();

/**
 * Is this network hash or email domain flagged by the anomaly detection right now (more
 * confirmations in some hour of the last 24 than the campaign's anomalyThreshold)? For the abuse
 * checks, which raise proof-of-work difficulty for flagged sources: no actor, as it runs for
 * anonymous supporters and returns only a yes or no. One query on the (campaignId, networkHash)
 * and (campaignId, emailDomain) indexes, answered from memory for FLAG_CACHE_MS afterwards.
 */
export async function isSourceFlagged(campaignId: string, key: SourceKey, options: { now?: Date; fresh?: boolean } = {}): Promise<boolean> {
  if (!key.networkHash && !key.emailDomain) return false;
  const cacheKey = `${campaignId}|${key.networkHash ?? ""}|${key.emailDomain ?? ""}`;
  const clock = Date.now();
  const cached = cache.get(cacheKey);
  if (!options.fresh && !options.now && cached && cached.expires > clock) return cached.flagged;

  const now = options.now ?? new Date();
  const flagged = await queryFlagged(campaignId, key, now);
  if (cache.size >= MAX_CACHED) cache.clear();
  if (!options.now) cache.set(cacheKey, { flagged, expires: clock + FLAG_CACHE_MS });
  return flagged;
}

async function queryFlagged(campaignId: string, key: SourceKey, now: Date): Promise<boolean> {
  const since = windowStart(now);
  const busyHour = (column: Prisma.Sql, value: string) => Prisma.sql`EXISTS (
    SELECT 1 FROM "Pledge"
    WHERE "campaignId" = ${campaignId}::uuid AND ${column} = ${value} AND "confirmedAt" >= ${since} AND "confirmedAt" <= ${now} AND ${countedStatuses}
    GROUP BY ${confirmationHour}
    HAVING count(*) > (SELECT "anomalyThreshold" FROM "Campaign" WHERE id = ${campaignId}::uuid))`;
  const checks: Prisma.Sql[] = [];
  if (key.networkHash) checks.push(busyHour(Prisma.raw(`"networkHash"`), key.networkHash));
  if (key.emailDomain) checks.push(busyHour(Prisma.raw(`"emailDomain"`), key.emailDomain.toLowerCase()));
  const [row] = await db().$queryRaw<{ flagged: boolean }[]>`SELECT (${Prisma.join(checks, " OR ")}) AS flagged`;
  return row?.flagged ?? false;
}
