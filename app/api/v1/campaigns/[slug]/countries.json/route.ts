import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { publicCampaignSlugOr404 } from "@/lib/open-data/campaign-api-route";
import { countriesDocument } from "@/lib/open-data/countries-document";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { LOCALE_MESSAGE, localeParam } from "@/lib/open-data/locale-param";

// Another campaign's /api/v1/countries.json (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/countries.json">): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const slug = await publicCampaignSlugOr404(params);
    if (slug instanceof Response) return slug;
    const current = await loadPublicStats(slug);
    return dataResponse(request, JSON.stringify(countriesDocument(current.stats, locale)), { contentType: "application/json", lastModified: talliesLastModified(current.tallies) });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
