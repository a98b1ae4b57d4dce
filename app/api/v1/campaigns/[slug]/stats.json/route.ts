import { apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { publicCampaignSlugOr404 } from "@/lib/open-data/campaign-api-route";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { statsDocument } from "@/lib/open-data/stats-document";

// Another campaign's /api/v1/stats.json (docs/API.md, ADR 0054): the same document, its figures.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/stats.json">): Promise<Response> {
  try {
    const slug = await publicCampaignSlugOr404(params);
    if (slug instanceof Response) return slug;
    const current = await loadPublicStats(slug);
    return dataResponse(request, JSON.stringify(statsDocument(current.stats)), { contentType: "application/json", lastModified: current.lastModified });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
