import { apiFailure, preflightResponse } from "@/lib/open-data/api-response";
import { badgeResponse } from "@/lib/open-data/badge-response";
import { publicCampaignSlugOr404 } from "@/lib/open-data/campaign-api-route";

// Another campaign's /api/v1/badge.svg (docs/API.md, ADR 0054): the same image, its count.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/badge.svg">): Promise<Response> {
  try {
    const slug = await publicCampaignSlugOr404(params);
    if (slug instanceof Response) return slug;
    return await badgeResponse(request, slug);
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
