import { apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { statsDocument } from "@/lib/open-data/stats-document";

// The confirmed total, progress to the goal and the integrity ledger (docs/API.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const current = await loadPublicStats();
    return dataResponse(request, JSON.stringify(statsDocument(current.stats)), { contentType: "application/json", lastModified: current.lastModified });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
