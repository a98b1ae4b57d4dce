import { preflightResponse } from "@/lib/open-data/api-response";
import { countriesResponse } from "@/lib/open-data/document-responses";

// countries.json as CSV; the licence is in the Link header (CSV has no standard place for it).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return countriesResponse(request, "csv");
}

export const OPTIONS = preflightResponse;
