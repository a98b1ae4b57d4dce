import { preflightResponse } from "@/lib/open-data/api-response";
import { statsResponse } from "@/lib/open-data/document-responses";

// The confirmed total, progress to the goal and the integrity ledger (docs/API.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return statsResponse(request);
}

export const OPTIONS = preflightResponse;
