import "server-only";
import { ForbiddenError } from "@/lib/errors";
import { siteOrigins } from "@/lib/http/site-origins";
import { isSameOriginRequest } from "./same-origin-rule";

// Cross-site request forgery guard for route handlers: every mutating one goes through
// sameOriginOnly() (lib/security/same-origin-route.ts), which calls this. Server actions get
// the same rule in proxy.ts (Next's own check trusts X-Forwarded-Host). One rule for every
// route: APP_URL and the mirrors' addresses are our origins (the Host header is the client's to choose).

export { isSameOriginRequest };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Throws ForbiddenError for a mutating request from another origin; safe methods pass. */
export function requireSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (!isSameOriginRequest(request.headers, siteOrigins())) throw crossOrigin(request);
}

/**
 * For a GET that hands out personal data (the supporters' CSV): a link or an image on another
 * site must not make an organiser's browser fetch it, so even safe methods are checked.
 */
export function requireSameOriginNavigation(request: Request): void {
  if (!isSameOriginRequest(request.headers, siteOrigins(), { typedUrlIsOurs: true })) throw crossOrigin(request);
}

function crossOrigin(request: Request): ForbiddenError {
  return new ForbiddenError(`cross-origin ${request.method} refused (Origin: ${String(request.headers.get("origin")).slice(0, 100)})`);
}
