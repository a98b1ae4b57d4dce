// How long a rendered public page is served, by us and by any shared cache in front (a CDN,
// nginx): fresh for a few seconds, then replaced by one new render (a CDN may serve the old copy
// meanwhile), and kept while renders fail (the database is down) so the reading path outlives
// an outage. Browsers
// keep nothing (max-age=0): a reader who reloads asks again and gets the newest copy.

export interface CachePolicy {
  /** Seconds a render is served as it is: the most the server-rendered numbers lag. */
  freshSeconds: number;
  /**
   * Seconds after that during which a shared cache in front may serve the old copy while it
   * fetches a new one. Our own cache does not: its readers wait for the one new render.
   */
  staleWhileRevalidateSeconds: number;
  /** Seconds after freshness during which the old copy stands in for a failed render. */
  staleIfErrorSeconds: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = { freshSeconds: 5, staleWhileRevalidateSeconds: 30, staleIfErrorSeconds: 86_400 };

/** PAGE_CACHE_SECONDS: unset means the default; 0 turns the page cache off. */
export function cachePolicyFrom(setting: string | undefined): CachePolicy | null {
  const text = setting?.trim();
  if (!text) return DEFAULT_CACHE_POLICY;
  if (!/^\d{1,4}$/.test(text)) throw new Error(`PAGE_CACHE_SECONDS must be a whole number of seconds (0 turns the page cache off), not "${text}"`);
  const seconds = Number(text);
  return seconds === 0 ? null : { ...DEFAULT_CACHE_POLICY, freshSeconds: seconds };
}

/** The Cache-Control of a public page: shared caches may keep it, browsers revalidate. */
export function publicCacheControl(policy: CachePolicy): string {
  return `public, max-age=0, s-maxage=${policy.freshSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}, stale-if-error=${policy.staleIfErrorSeconds}`;
}
