import { preflightResponse } from "@/lib/open-data/api-response";
import { historyResponse } from "@/lib/open-data/document-responses";

// history.json as CSV, with the same parameters.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return historyResponse(request, "csv");
}

export const OPTIONS = preflightResponse;
