import "server-only";
import { serverEnv } from "@/lib/env";
import { ForbiddenError } from "@/lib/errors";

// Cross-site request forgery guard for route handlers. Next checks Origin against Host for
// server actions by itself; route handlers get no such check, so every mutating one goes
// through sameOriginOnly() (lib/security/same-origin-route.ts), which calls this. One rule
// for every route: APP_URL is our origin (the Host header is the client's to choose).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

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

/** Throws ForbiddenError for a mutating request from another origin; safe methods pass. */
export function requireSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (!isSameOriginRequest(request.headers, serverEnv().APP_URL)) throw crossOrigin(request);
}

/**
 * For a GET that hands out personal data (the supporters' CSV): a link or an image on another
 * site must not make an organiser's browser fetch it, so even safe methods are checked.
 */
export function requireSameOriginNavigation(request: Request): void {
  if (!isSameOriginRequest(request.headers, serverEnv().APP_URL, { typedUrlIsOurs: true })) throw crossOrigin(request);
}

function crossOrigin(request: Request): ForbiddenError {
  return new ForbiddenError(`cross-origin ${request.method} refused (Origin: ${String(request.headers.get("origin")).slice(0, 100)})`);
}
