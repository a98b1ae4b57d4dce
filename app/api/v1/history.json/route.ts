import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { historyDocument, historyLastModified } from "@/lib/open-data/history-document";
import { loadHistory } from "@/lib/open-data/load-history";
import { loadPublicStats } from "@/lib/open-data/load-stats";

// The count per hour or day: ?granularity=hour|day&from=YYYY-MM-DD&to=YYYY-MM-DD (docs/API.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const current = await loadPublicStats();
    const history = await loadHistory(current, new URL(request.url).searchParams);
    if ("message" in history) return apiError(400, "invalid_parameter", history.message);
    const body = JSON.stringify(historyDocument(current.stats, history.range, history.points));
    return dataResponse(request, body, { contentType: "application/json", lastModified: historyLastModified(current.tallies, history.range) });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
