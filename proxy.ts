import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { alternateLinksHeader } from "@/lib/i18n/alternate-links-header";
import { routing } from "@/lib/i18n/routing";
import { onionLocation, originForHost, siteOrigins } from "@/lib/http/site-origins";
import { pagePostRefusalResponse } from "@/lib/security/page-post-refusal-response";
import { screenPagePost } from "@/lib/security/screen-page-post";
import { securityHeadersFor, usesLocaleRouting } from "@/lib/security/security-headers";

// Runs before every page and API route. Three jobs:
// 1. The Content-Security-Policy with a fresh nonce for every render of an HTML page (public,
//    /admin, /dev, /embed) and a deny-everything policy for /api (lib/security/security-headers.ts).
//    Public pages are then served from a few-second cache of whole renders, header and page
//    together (lib/http/page-cache/, docs/decisions/0051-…).
// 2. Server actions get the same-origin rule of the route handlers, and bodies Next would
//    answer with a 500 are refused with a 4xx before it sees them (lib/security/screen-page-post.ts).
// 3. Locale routing on the public site only: "/" goes to the reader's language
//    (Accept-Language), unprefixed paths get a prefix (next-intl, no cookie), and the hreflang
//    `Link` header names the origin the reader came through (APP_URL or a mirror of ours, never
//    a host the client made up), with `Onion-Location` when the site has an onion service.
// Authorisation is never decided here; it is checked where the data is (lib/auth/).
const localeRouting = createMiddleware(routing);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export default async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  // Host, not X-Forwarded-Host: a proxy in front passes the reader's Host on (docs/OPERATIONS.md).
  const host = request.headers.get("host");
  const origin = originForHost(host);
  const headers = securityHeadersFor(pathname, undefined, origin);
  const isPage = pathname !== "/api" && !pathname.startsWith("/api/");
  let response: Response | undefined;
  if (isPage && !SAFE_METHODS.has(request.method)) {
    const refusal = await screenPagePost(request, siteOrigins());
    if (refusal) response = pagePostRefusalResponse(refusal, request, headers.request["x-nonce"] ?? "");
  }
  if (!response) {
    for (const [name, value] of Object.entries(headers.request)) request.headers.set(name, value);
    // next-intl forwards a copy of request.headers (with the nonce) to the page it renders.
    response = usesLocaleRouting(pathname) ? localeRouting(request) : NextResponse.next({ request: { headers: request.headers } });
    const links = usesLocaleRouting(pathname) ? alternateLinksHeader(pathname, origin) : null;
    if (links && !response.headers.has("location")) response.headers.set("Link", links);
  }
  for (const [name, value] of Object.entries(headers.response)) response.headers.set(name, value);
  // Tor Browser offers the onion address instead (it heeds the header on https pages only).
  const onion = isPage ? onionLocation(`${pathname}${request.nextUrl.search}`, host) : null;
  if (onion) response.headers.set("Onion-Location", onion);
  return response;
}

export const config = {
  // Everything but the build's and public/vendor's static files: pages and API answers whose
  // path has a dot (/en/confirm/a.b, /api/v1/stats.json, badge.svg) need their headers too.
  matcher: ["/((?!_next/static/|_next/image|vendor/).*)"],
};
