import { apiError, preflightResponse } from "@/lib/open-data/api-response";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

// Any /api/v1 path that no endpoint answers: the API's own JSON 404 (with CORS, so a partner's
// script can read it), never the site's HTML page. Routes with static names take precedence.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function notFound(): Response {
  return apiError(404, "not_found", "no such endpoint; the endpoints are listed at /api/v1/openapi.json");
}

export const GET = notFound;
export const HEAD = notFound;
// The API is read-only: a write from another site is refused like on every route (403), a
// write from our own pages to a path that does not exist gets the 404.
export const POST = sameOriginOnly(notFound);
export const PUT = sameOriginOnly(notFound);
export const PATCH = sameOriginOnly(notFound);
export const DELETE = sameOriginOnly(notFound);
export const OPTIONS = preflightResponse;
