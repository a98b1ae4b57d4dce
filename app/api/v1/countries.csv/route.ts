import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { countriesCsv } from "@/lib/open-data/countries-document";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { LOCALE_MESSAGE, localeParam } from "@/lib/open-data/locale-param";
import { CSV_CONTENT_TYPE } from "@/lib/open-data/to-csv";

// countries.json as CSV; the licence is in the Link header (CSV has no standard place for it).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const current = await loadPublicStats();
    return dataResponse(request, countriesCsv(current.stats, locale), {
      contentType: CSV_CONTENT_TYPE,
      lastModified: talliesLastModified(current.tallies),
      extraHeaders: { "Content-Disposition": 'inline; filename="countries.csv"' },
    });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
