import "server-only";
import { purgeCrmAttempts } from "@/lib/crm/purge-crm-attempts";
import { db } from "@/lib/db/client";
import { purgeWebhookHistory } from "@/lib/webhooks/purge-webhook-history";
import { deleteOldNetworkKeys } from "./network/daily-network-key";
import { deleteExpiredPowChallenges } from "./pow/spend-pow-challenge";
import { deleteExpiredRateLimitCounters } from "./rate-limit/hit-rate-limit";

/** How long a pledge keeps the hash of the network it came from. */
export const NETWORK_HASH_HOURS_KEPT = 72;

/**
 * The hourly clean-up (graphile-worker crontab, lib/jobs/crontab.ts): erases network hashes
 * older than 72 hours, the daily secrets behind them after 3 days, and spent challenges and
 * rate-limit counters that have expired; and the logs of what we sent to organisers' systems —
 * webhook deliveries and delivered events after 30 days, CRM attempts after 90 — so they do not
 * grow forever. Erasing columns other than `status` never produces a
 * tally event (the trigger only reacts to changes of counted pledges' place or status).
 */
export async function purgeAbuseData(now = new Date()) {
  const cutoff = new Date(now.getTime() - NETWORK_HASH_HOURS_KEPT * 3600 * 1000);
  const { count: networkHashes } = await db().pledge.updateMany({
    where: { networkHashedAt: { lt: cutoff } },
    data: { networkHash: null, networkHashedAt: null },
  });
  return {
    networkHashes,
    networkKeys: await deleteOldNetworkKeys(now),
    rateLimitCounters: await deleteExpiredRateLimitCounters(now),
    powChallenges: await deleteExpiredPowChallenges(now),
    ...(await purgeWebhookHistory(now)),
    crmAttempts: await purgeCrmAttempts(now),
  };
}
