import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { publicCampaignSlugOr404 } from "@/lib/open-data/campaign-api-route";
import { historyCsv, historyLastModified } from "@/lib/open-data/history-document";
import { loadHistory } from "@/lib/open-data/load-history";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { CSV_CONTENT_TYPE } from "@/lib/open-data/to-csv";

// Another campaign's /api/v1/history.csv (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/history.csv">): Promise<Response> {
  try {
    const slug = await publicCampaignSlugOr404(params);
    if (slug instanceof Response) return slug;
    const current = await loadPublicStats(slug);
    const history = await loadHistory(current, new URL(request.url).searchParams);
    if ("message" in history) return apiError(400, "invalid_parameter", history.message);
    return dataResponse(request, historyCsv(history.points), {
      contentType: CSV_CONTENT_TYPE,
      lastModified: historyLastModified(current.tallies, history.range),
      extraHeaders: { "Content-Disposition": `inline; filename="${slug}-history-${history.range.granularity}.csv"` },
    });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
