import { preflightResponse } from "@/lib/open-data/api-response";
import { forPublicCampaign } from "@/lib/open-data/campaign-api-route";
import { countriesResponse } from "@/lib/open-data/document-responses";

// Another campaign's /api/v1/countries.json: the same answer as the default's, its figures (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/countries.json">): Promise<Response> {
  return forPublicCampaign(params, (slug) => countriesResponse(request, "json", slug));
}

export const OPTIONS = preflightResponse;
