import { preflightResponse } from "@/lib/open-data/api-response";
import { countriesResponse } from "@/lib/open-data/document-responses";

// Confirmed supporters per country, with names in ?locale= (docs/API.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return countriesResponse(request, "json");
}

export const OPTIONS = preflightResponse;
