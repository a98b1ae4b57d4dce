// The release rule for sensitive countries' published figures (docs/decisions/0032-…), pure so it
// can be tested without a clock or a database. The aggregator applies it every tick.

/** A release waits a random time in this window after the rule first finds it due. */
export const RELEASE_DELAY_MIN_MS = 15 * 60_000;
export const RELEASE_DELAY_MAX_MS = 90 * 60_000;

export interface CoarseFigure {
  /** Confirmed supporters in the country now (CountryTally): never published as such. */
  trueCount: number;
  /** The figure the public sees: a multiple of k. */
  published: number;
  /** When a due change will be published; null while none is due. */
  releaseAt: Date | null;
}

/** The figure rounded down to a multiple of k: what a release (or a newly sensitive country) publishes. */
export function roundDownToStep(count: number, k: number): number {
  return Math.floor(Math.max(0, count) / k) * k;
}

/**
 * The next state of a sensitive country's figure. A change becomes due only once the true count
 * is at least k away from the published figure, so whatever is released is the work of at least
 * k people; it is then published at a random moment 15–90 minutes later (not when the k-th
 * person confirmed), as the true count of that moment rounded down to a multiple of k. Changes
 * that fall back below k before then (withdrawals after confirmations) are not published at all.
 * Later confirmations never postpone a scheduled release: a steady stream still gets published.
 */
export function nextCoarseFigure(figure: CoarseFigure, k: number, now: Date, random: () => number): Pick<CoarseFigure, "published" | "releaseAt"> {
  const due = Math.abs(figure.trueCount - figure.published) >= k;
  if (!due) return { published: figure.published, releaseAt: null };
  if (!figure.releaseAt) {
    const delay = RELEASE_DELAY_MIN_MS + Math.floor(random() * (RELEASE_DELAY_MAX_MS - RELEASE_DELAY_MIN_MS));
    return { published: figure.published, releaseAt: new Date(now.getTime() + delay) };
  }
  if (figure.releaseAt.getTime() > now.getTime()) return { published: figure.published, releaseAt: figure.releaseAt };
  return { published: roundDownToStep(figure.trueCount, k), releaseAt: null };
}
