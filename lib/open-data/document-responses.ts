import "server-only";
import { talliesLastModified } from "@/lib/stats/public-stats";
import { apiError, apiFailure, dataResponse } from "./api-response";
import { countriesCsv, countriesDocument } from "./countries-document";
import { historyCsv, historyDocument, historyLastModified } from "./history-document";
import { loadHistory } from "./load-history";
import { loadPublicStats } from "./load-stats";
import { LOCALE_MESSAGE, localeParam } from "./locale-param";
import { statsDocument } from "./stats-document";
import { CSV_CONTENT_TYPE } from "./to-csv";

// The open-data documents (docs/API.md) of the default campaign, or of `slug`'s at
// /api/v1/campaigns/<slug>/… (ADR 0054): both routes of each document are one answer, so a
// campaign's figures can never be shaped, dated or named differently from the default's.

export type DocumentFormat = "json" | "csv";

/** A CSV download's file name: another campaign's is prefixed with its slug. */
function csvFilename(name: string, slug: string | undefined): string {
  return `inline; filename="${slug ? `${slug}-` : ""}${name}.csv"`;
}

/** The confirmed total, progress to the goal and the integrity ledger. */
export async function statsResponse(request: Request, slug?: string): Promise<Response> {
  try {
    const current = await loadPublicStats(slug);
    return dataResponse(request, JSON.stringify(statsDocument(current.stats)), { contentType: "application/json", lastModified: current.lastModified });
  } catch (error) {
    return apiFailure(error);
  }
}

/** Confirmed supporters per country, with names in ?locale=; as CSV the licence is in the Link header. */
export async function countriesResponse(request: Request, format: DocumentFormat, slug?: string): Promise<Response> {
  const locale = localeParam(new URL(request.url).searchParams);
  if (!locale) return apiError(400, "invalid_parameter", LOCALE_MESSAGE);
  try {
    const current = await loadPublicStats(slug);
    const lastModified = talliesLastModified(current.tallies);
    if (format === "json") return dataResponse(request, JSON.stringify(countriesDocument(current.stats, locale)), { contentType: "application/json", lastModified });
    return dataResponse(request, countriesCsv(current.stats, locale), {
      contentType: CSV_CONTENT_TYPE,
      lastModified,
      extraHeaders: { "Content-Disposition": csvFilename("countries", slug) },
    });
  } catch (error) {
    return apiFailure(error);
  }
}

/** The count per hour or day: ?granularity=hour|day&from=YYYY-MM-DD&to=YYYY-MM-DD. */
export async function historyResponse(request: Request, format: DocumentFormat, slug?: string): Promise<Response> {
  try {
    const current = await loadPublicStats(slug);
    const history = await loadHistory(current, new URL(request.url).searchParams);
    if ("message" in history) return apiError(400, "invalid_parameter", history.message);
    const lastModified = historyLastModified(current.tallies, history.range);
    if (format === "json") {
      return dataResponse(request, JSON.stringify(historyDocument(current.stats, history.range, history.points)), { contentType: "application/json", lastModified });
    }
    return dataResponse(request, historyCsv(history.points), {
      contentType: CSV_CONTENT_TYPE,
      lastModified,
      extraHeaders: { "Content-Disposition": csvFilename(`history-${history.range.granularity}`, slug) },
    });
  } catch (error) {
    return apiFailure(error);
  }
}
