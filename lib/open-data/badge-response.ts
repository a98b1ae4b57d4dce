import "server-only";
import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse } from "./api-response";
import { embedTranslator } from "./embed-translator";
import { loadPublicStats } from "./load-stats";
import { LOCALE_MESSAGE, localeParam } from "./locale-param";
import { renderBadge } from "./render-badge";

/**
 * The counter badge (?locale=en|be|ru for its label) of the default campaign, or of `slug`'s
 * (/api/v1/campaigns/<slug>/badge.svg, ADR 0054): both routes are this one answer.
 */
export async function badgeResponse(request: Request, slug?: string): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const current = await loadPublicStats(slug);
    const count = current.stats.confirmed;
    const t = await embedTranslator(locale);
    const svg = renderBadge(new Intl.NumberFormat(locale).format(count), t("badgeLabel", { count }), t("badgeTitle", { count }));
    return dataResponse(request, svg, { contentType: "image/svg+xml; charset=utf-8", lastModified: talliesLastModified(current.tallies) });
  } catch (error) {
    return apiFailure(error);
  }
}
