import "server-only";
import { isMajorMailProvider } from "@/lib/abuse/major-mail-providers";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countedStatuses } from "./anomaly-window";

export interface SourceKey {
  networkHash?: string | null;
  emailDomain?: string | null;
}

/** How long an answer is reused: a bot's burst is noticed within this, and one query serves many pledges. */
export const FLAG_CACHE_MS = 30_000;
/** A source is anomalous only when it is also this share of the whole campaign's last hour. */
export const DOMINANT_SHARE = 0.1;
const HOUR_MS = 3_600_000;
const MAX_CACHED = 10_000;
const cache = new Map<string, { flagged: boolean; expires: number }>();
const campaignHourCache = new Map<string, { confirmations: number; expires: number }>();

/**
 * Is this network hash or email domain flagged right now (ADR 0029)? Flagged means: in the last
 * 60 minutes more confirmations than the campaign's anomalyThreshold came from it, and they are
 * more than a tenth of all the campaign's confirmations in that hour. The second test is what
 * keeps 4 August's honest surge counting: when a news story lifts every network and country at
 * once, no single carrier's NAT or provider stands out; a bot farm behind one network does. The
 * big mail providers are never flagged as domains. Flagged sources get the hardest proof of work
 * and their confirmations are held for review. No actor: it runs for anonymous supporters and
 * returns only a yes or no. Answered from memory for FLAG_CACHE_MS after each query.
 */
export async function isSourceFlagged(campaignId: string, key: SourceKey, options: { now?: Date; fresh?: boolean } = {}): Promise<boolean> {
  const emailDomain = key.emailDomain && !isMajorMailProvider(key.emailDomain) ? key.emailDomain.toLowerCase() : null;
  const networkHash = key.networkHash ?? null;
  if (!networkHash && !emailDomain) return false;
  const cacheKey = `${campaignId}|${networkHash ?? ""}|${emailDomain ?? ""}`;
  const clock = Date.now();
  const cached = cache.get(cacheKey);
  const useCache = !options.fresh && !options.now;
  if (useCache && cached && cached.expires > clock) return cached.flagged;

  const now = options.now ?? new Date();
  const flagged = await queryFlagged(campaignId, { networkHash, emailDomain }, now, useCache);
  if (cache.size >= MAX_CACHED) cache.clear();
  if (!options.now) cache.set(cacheKey, { flagged, expires: clock + FLAG_CACHE_MS });
  return flagged;
}

async function queryFlagged(campaignId: string, key: { networkHash: string | null; emailDomain: string | null }, now: Date, useCache: boolean): Promise<boolean> {
  const since = new Date(now.getTime() - HOUR_MS);
  // Each count uses its own index ((campaignId, networkHash) / (campaignId, emailDomain)).
  const fromSource = (column: string, value: string) => Prisma.sql`(SELECT count(*)::int FROM "Pledge"
    WHERE "campaignId" = ${campaignId}::uuid AND ${Prisma.raw(column)} = ${value} AND "confirmedAt" > ${since} AND "confirmedAt" <= ${now} AND ${countedStatuses})`;
  const [row] = await db().$queryRaw<{ network: number; domain: number; threshold: number }[]>`
    SELECT ${key.networkHash ? fromSource(`"networkHash"`, key.networkHash) : Prisma.sql`0`} AS network,
      ${key.emailDomain ? fromSource(`"emailDomain"`, key.emailDomain) : Prisma.sql`0`} AS domain,
      (SELECT "anomalyThreshold" FROM "Campaign" WHERE id = ${campaignId}::uuid) AS threshold`;
  if (!row) return false;
  const busiest = Math.max(row.network, row.domain);
  if (busiest <= row.threshold) return false;
  return busiest > DOMINANT_SHARE * (await campaignConfirmationsInHour(campaignId, since, now, useCache));
}

/** All the campaign's confirmations in the hour: one range scan per FLAG_CACHE_MS, shared by every source. */
async function campaignConfirmationsInHour(campaignId: string, since: Date, now: Date, useCache: boolean): Promise<number> {
  const clock = Date.now();
  const cached = campaignHourCache.get(campaignId);
  if (useCache && cached && cached.expires > clock) return cached.confirmations;
  const [row] = await db().$queryRaw<{ confirmations: number }[]>`
    SELECT count(*)::int AS confirmations FROM "Pledge"
    WHERE "campaignId" = ${campaignId}::uuid AND "confirmedAt" > ${since} AND "confirmedAt" <= ${now} AND ${countedStatuses}`;
  const confirmations = row?.confirmations ?? 0;
  if (useCache) campaignHourCache.set(campaignId, { confirmations, expires: clock + FLAG_CACHE_MS });
  return confirmations;
}
