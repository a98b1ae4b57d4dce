import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse, preflightResponse } from "@/lib/open-data/api-response";
import { embedTranslator } from "@/lib/open-data/embed-translator";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { LOCALE_MESSAGE, localeParam } from "@/lib/open-data/locale-param";
import { renderBadge } from "@/lib/open-data/render-badge";

// A static counter image for READMEs and newsletters: ?locale=en|be|ru for the label.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const current = await loadPublicStats();
    const count = current.stats.confirmed;
    const t = await embedTranslator(locale);
    const svg = renderBadge(new Intl.NumberFormat(locale).format(count), t("badgeLabel", { count }), t("badgeTitle", { count }));
    return dataResponse(request, svg, { contentType: "image/svg+xml; charset=utf-8", lastModified: talliesLastModified(current.tallies) });
  } catch (error) {
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
