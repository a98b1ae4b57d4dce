import { apiError, preflightResponse } from "@/lib/open-data/api-response";

// Any /api/v1 path that no endpoint answers: the API's own JSON 404 (with CORS, so a partner's
// script can read it), never the site's HTML page. Routes with static names take precedence.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function notFound(): Response {
  return apiError(404, "not_found", "no such endpoint; the endpoints are listed at /api/v1/openapi.json");
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = preflightResponse;
