import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { apiError, apiFailure, dataResponse, DAY_CACHE_CONTROL, preflightResponse } from "@/lib/open-data/api-response";
import { embedTranslator } from "@/lib/open-data/embed-translator";
import { COUNTER_SIZE, counterForUrl, counterIframe } from "@/lib/open-data/oembed";
import { LICENCE } from "@/lib/open-data/licence";
import { originForHost } from "@/lib/http/site-origins";

// oEmbed for the live counter: ?url=<our /embed/counter or /<locale>/stats URL, or another public
// campaign's (ADR 0054)>&format=json.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "json";
  // oEmbed says: an unsupported format is 501 Not Implemented.
  if (format !== "json") return apiError(501, "unsupported_format", "only format=json is supported");
  const url = params.get("url");
  if (!url) return apiError(400, "invalid_parameter", "url is required");
  // The address of ours the consumer asked through (APP_URL, a mirror): its embed code works there.
  const origin = new URL(originForHost(request.headers.get("host")));
  const embed = counterForUrl(url, origin);
  if (!embed) return apiError(404, "not_found", "url is not an embeddable page of this site");
  // Another campaign's counter only while it is public: a draft's or an unknown slug's is not embeddable.
  try {
    if (embed.campaignSlug && !(await findPublicCampaign(embed.campaignSlug))) return apiError(404, "not_found", "url is not an embeddable page of this site");
  } catch (error) {
    return apiFailure(error);
  }
  const t = await embedTranslator(embed.locale);
  const { width, height } = COUNTER_SIZE[embed.variant];
  const body = JSON.stringify({
    version: "1.0",
    type: "rich",
    title: t("pageTitle"),
    provider_name: "Solidarity Pledge",
    provider_url: origin.toString(),
    html: counterIframe(origin, embed, t("pageTitle")),
    width,
    height,
    licence: LICENCE,
  });
  // The answer depends only on the URL asked about (the counter inside updates itself).
  return dataResponse(request, body, { contentType: "application/json", cacheControl: DAY_CACHE_CONTROL });
}

export const OPTIONS = preflightResponse;
