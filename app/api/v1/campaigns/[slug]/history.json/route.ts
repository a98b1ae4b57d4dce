import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { publicCampaignSlugOr404 } from "@/lib/open-data/campaign-api-route";
import { historyDocument, historyLastModified } from "@/lib/open-data/history-document";
import { loadHistory } from "@/lib/open-data/load-history";
import { loadPublicStats } from "@/lib/open-data/load-stats";

// Another campaign's /api/v1/history.json, with the same parameters (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/history.json">): Promise<Response> {
  try {
    const slug = await publicCampaignSlugOr404(params);
    if (slug instanceof Response) return slug;
    const current = await loadPublicStats(slug);
    const history = await loadHistory(current, new URL(request.url).searchParams);
    if ("message" in history) return apiError(400, "invalid_parameter", history.message);
    const body = JSON.stringify(historyDocument(current.stats, history.range, history.points));
    return dataResponse(request, body, { contentType: "application/json", lastModified: historyLastModified(current.tallies, history.range) });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
