// The one same-origin rule, for route handlers (lib/security/require-same-origin.ts) and for
// server actions (proxy.ts, lib/security/screen-page-post.ts). Pure: proxy.ts runs apart from
// the app's validated configuration and cannot import server-only modules, so both callers
// hand in our origins: APP_URL's, and those of mirrors and the onion service (lib/http/site-origins.ts).
// See docs/decisions/0034-one-same-origin-rule-for-actions-and-routes.md and 0049.

/**
 * True when a browser sent the request from one of our own pages, or when no browser sent it.
 * - `Sec-Fetch-Site: same-origin` is set by the browser and cannot be forged by a page.
 * - `Sec-Fetch-Site: none` (a URL typed, bookmarked or opened from another program) counts only
 *   when `typedUrlIsOurs`: right for a GET download, never for a POST (no page sends one).
 * - Otherwise `Origin` must be one of our origins (APP_URL's, a mirror's). "null" (sandboxed frames, privacy-hiding
 *   pages, `Referrer-Policy: no-referrer` forms) is refused: any site can produce it.
 * - Neither header: not a browser (every current browser sends Origin on a cross-origin
 *   POST), so not a forgery; a script holding no victim's cookies can only act as itself.
 */
export function isSameOriginRequest(headers: Headers, ours: string | readonly string[], { typedUrlIsOurs = false } = {}): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin" || (typedUrlIsOurs && site === "none")) return true;
  const origin = headers.get("origin");
  if (origin !== null) return (typeof ours === "string" ? [ours] : ours).some((url) => new URL(url).origin === origin);
  return site === null;
}
