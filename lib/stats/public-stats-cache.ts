import "server-only";
import { composePublicStats, lastChange, talliesLastModified, type PublicStats } from "./public-stats";
import { readLedger, type LedgerCounts } from "./read-ledger";
import { readPublicTallies, type PublicTallies } from "./read-public-tallies";

/** As long as shared caches may keep the numbers (s-maxage): the instance asks no more often. */
export const STATS_FRESH_MS = 5_000;
/** The ledger's grouped count scans the campaign's pledges: it is repeated less often. */
export const LEDGER_FRESH_MS = 30_000;

export interface CachedStats {
  tallies: PublicTallies;
  stats: PublicStats;
  /**
   * The newest change behind `stats` (tallies, settings, ledger, and the ledger's recount, whose
   * time stats.json shows), for Last-Modified: it moves whenever the body's ETag does.
   */
  lastModified: Date | null;
}

interface Timed<T> {
  value: T;
  at: number;
}

/**
 * The public numbers, kept in memory per instance: within STATS_FRESH_MS they are served without
 * touching the database; then one statement reads the tallies again. The ledger's other statuses
 * are recounted every LEDGER_FRESH_MS only, however busy the campaign: on a busy day they may lag
 * the confirmed count by that much (the page and the API say when they were counted); a stale
 * ledger is recounted in the background, never while a request waits. Concurrent requests share
 * one refresh.
 */
export class PublicStatsCache {
  private tallies: Timed<PublicTallies> | undefined;
  private ledger: Timed<LedgerCounts> | undefined;
  private ledgerCampaign: string | undefined;
  private current: CachedStats | undefined;
  private refreshing: Promise<CachedStats> | undefined;
  private ledgerRefreshing: Promise<void> | undefined;

  constructor(
    private readonly slug: () => string,
    private readonly freshMs = STATS_FRESH_MS,
    private readonly ledgerMs = LEDGER_FRESH_MS,
  ) {}

  async get(now = Date.now()): Promise<CachedStats> {
    if (this.current && this.tallies && now - this.tallies.at < this.freshMs) return this.current;
    this.refreshing ??= this.refresh(now).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** The last numbers read, however old: served while the database cannot be reached. */
  last(): CachedStats | undefined {
    return this.current;
  }

  private async refresh(now: number): Promise<CachedStats> {
    const tallies = await readPublicTallies(this.slug());
    this.tallies = { value: tallies, at: now };
    if (!this.ledger || this.ledgerCampaign !== tallies.campaignId) {
      this.ledgerCampaign = tallies.campaignId;
      this.ledger = { value: await readLedger(tallies.campaignId), at: now };
    } else if (now - this.ledger.at >= this.ledgerMs) {
      this.refreshLedgerInBackground(tallies.campaignId, now);
    }
    const ledgerCountedAt = new Date(this.ledger.at);
    const stats = composePublicStats(tallies, this.ledger.value, ledgerCountedAt);
    this.current = { tallies, stats, lastModified: lastChange(talliesLastModified(tallies), this.ledger.value.changedAt, ledgerCountedAt) };
    return this.current;
  }

  /**
   * The ledger's count takes a second at a million pledges: no visitor waits for it. Until it
   * is back the previous ledger is served (with its own counted-at time); the next refresh of
   * the tallies picks the new one up. A failed recount is retried at the next refresh.
   */
  private refreshLedgerInBackground(campaignId: string, now: number): void {
    this.ledgerRefreshing ??= readLedger(campaignId)
      .then((value) => {
        if (this.ledgerCampaign === campaignId) this.ledger = { value, at: now };
      })
      .catch((error: unknown) => console.warn(`[stats] ledger recount failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.ledgerRefreshing = undefined;
      });
  }
}
