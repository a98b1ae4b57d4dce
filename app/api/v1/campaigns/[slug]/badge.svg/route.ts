import { preflightResponse } from "@/lib/open-data/api-response";
import { badgeResponse } from "@/lib/open-data/badge-response";
import { forPublicCampaign } from "@/lib/open-data/campaign-api-route";

// Another campaign's /api/v1/badge.svg (docs/API.md, ADR 0054): the same image, its count.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/badge.svg">): Promise<Response> {
  return forPublicCampaign(params, (slug) => badgeResponse(request, slug));
}

export const OPTIONS = preflightResponse;
