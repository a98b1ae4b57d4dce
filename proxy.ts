import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { securityHeadersFor, usesLocaleRouting } from "@/lib/security/security-headers";

// Runs before every page and API route. Two jobs:
// 1. The Content-Security-Policy with a fresh nonce for every HTML page (public, /admin, /dev,
//    /embed) and a deny-everything policy for /api (lib/security/security-headers.ts).
// 2. Locale routing on the public site only: "/" goes to the reader's language
//    (Accept-Language), unprefixed paths get a prefix (next-intl, no cookie).
// Authorisation is never decided here; it is checked where the data is (lib/auth/).
const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const headers = securityHeadersFor(pathname);
  for (const [name, value] of Object.entries(headers.request)) request.headers.set(name, value);
  // next-intl forwards a copy of request.headers (with the nonce) to the page it renders.
  const response = usesLocaleRouting(pathname)
    ? localeRouting(request)
    : NextResponse.next({ request: { headers: request.headers } });
  for (const [name, value] of Object.entries(headers.response)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets and files with an extension (public/, /api/map/countries.json).
  matcher: ["/((?!_next/static|_next/image|.*\\..*).*)"],
};
