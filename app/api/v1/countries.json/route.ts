import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { countriesDocument } from "@/lib/open-data/countries-document";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { LOCALE_MESSAGE, localeParam } from "@/lib/open-data/locale-param";

// Confirmed supporters per country, with names in ?locale= (docs/API.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const current = await loadPublicStats();
    return dataResponse(request, JSON.stringify(countriesDocument(current.stats, locale)), { contentType: "application/json", lastModified: talliesLastModified(current.tallies) });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
