// The one same-origin rule, for route handlers (lib/security/require-same-origin.ts) and for
// server actions (proxy.ts, lib/security/screen-page-post.ts). Pure: proxy.ts runs apart from
// the app's validated configuration and cannot import server-only modules, so both callers
// hand in APP_URL. See docs/decisions/0034-one-same-origin-rule-for-actions-and-routes.md.

/**
 * True when a browser sent the request from one of our own pages, or when no browser sent it.
 * - `Sec-Fetch-Site: same-origin` is set by the browser and cannot be forged by a page.
 * - `Sec-Fetch-Site: none` (a URL typed, bookmarked or opened from another program) counts only
 *   when `typedUrlIsOurs`: right for a GET download, never for a POST (no page sends one).
 * - Otherwise `Origin` must be APP_URL's origin. "null" (sandboxed frames, privacy-hiding
 *   pages, `Referrer-Policy: no-referrer` forms) is refused: any site can produce it.
 * - Neither header: not a browser (every current browser sends Origin on a cross-origin
 *   POST), so not a forgery; a script holding no victim's cookies can only act as itself.
 */
export function isSameOriginRequest(headers: Headers, appUrl: string, { typedUrlIsOurs = false } = {}): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin" || (typedUrlIsOurs && site === "none")) return true;
  const origin = headers.get("origin");
  if (origin !== null) return origin === new URL(appUrl).origin;
  return site === null;
}
