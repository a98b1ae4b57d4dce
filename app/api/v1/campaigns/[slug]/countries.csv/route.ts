import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { publicCampaignSlugOr404 } from "@/lib/open-data/campaign-api-route";
import { countriesCsv } from "@/lib/open-data/countries-document";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { LOCALE_MESSAGE, localeParam } from "@/lib/open-data/locale-param";
import { CSV_CONTENT_TYPE } from "@/lib/open-data/to-csv";

// Another campaign's /api/v1/countries.csv (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/countries.csv">): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const slug = await publicCampaignSlugOr404(params);
    if (slug instanceof Response) return slug;
    const current = await loadPublicStats(slug);
    return dataResponse(request, countriesCsv(current.stats, locale), {
      contentType: CSV_CONTENT_TYPE,
      lastModified: talliesLastModified(current.tallies),
      extraHeaders: { "Content-Disposition": `inline; filename="${slug}-countries.csv"` },
    });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
