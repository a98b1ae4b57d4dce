import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { historyCsv, historyLastModified } from "@/lib/open-data/history-document";
import { loadHistory } from "@/lib/open-data/load-history";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { CSV_CONTENT_TYPE } from "@/lib/open-data/to-csv";

// history.json as CSV, with the same parameters.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const current = await loadPublicStats();
    const history = await loadHistory(current, new URL(request.url).searchParams);
    if ("message" in history) return apiError(400, "invalid_parameter", history.message);
    return dataResponse(request, historyCsv(history.points), {
      contentType: CSV_CONTENT_TYPE,
      lastModified: historyLastModified(current.tallies, history.range),
      extraHeaders: { "Content-Disposition": `inline; filename="history-${history.range.granularity}.csv"` },
    });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
