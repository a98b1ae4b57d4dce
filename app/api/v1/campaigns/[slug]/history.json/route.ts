import { preflightResponse } from "@/lib/open-data/api-response";
import { forPublicCampaign } from "@/lib/open-data/campaign-api-route";
import { historyResponse } from "@/lib/open-data/document-responses";

// Another campaign's /api/v1/history.json: the same answer as the default's, its figures (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/history.json">): Promise<Response> {
  return forPublicCampaign(params, (slug) => historyResponse(request, "json", slug));
}

export const OPTIONS = preflightResponse;
