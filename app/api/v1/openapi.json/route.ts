import { dataResponse, DAY_CACHE_CONTROL, preflightResponse } from "@/lib/open-data/api-response";
import { openApiDocument } from "@/lib/open-data/openapi-document";

// The OpenAPI 3.1 description of the open data API.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return dataResponse(request, JSON.stringify(openApiDocument()), { contentType: "application/json", cacheControl: DAY_CACHE_CONTROL });
}

export const OPTIONS = preflightResponse;
