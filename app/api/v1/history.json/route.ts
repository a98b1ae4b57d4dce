import { preflightResponse } from "@/lib/open-data/api-response";
import { historyResponse } from "@/lib/open-data/document-responses";

// The count per hour or day: ?granularity=hour|day&from=YYYY-MM-DD&to=YYYY-MM-DD (docs/API.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return historyResponse(request, "json");
}

export const OPTIONS = preflightResponse;
