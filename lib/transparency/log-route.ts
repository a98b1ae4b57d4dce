import "server-only";
import { z } from "zod";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { apiError, apiFailure, dataResponse, IMMUTABLE_CACHE_CONTROL, LIVE_CACHE_CONTROL } from "@/lib/open-data/api-response";
import { LogRequestError } from "./log-errors";

// The /api/v1/log/* handlers' common shape: query parameters parsed by one zod schema (400 with
// the API's error body otherwise), the current campaign (or ?campaign=<slug>'s, another public
// campaign's own log, ADR 0054), and the cache policy that fits: a proof or a page of leaves for
// given sizes never changes (immutable), the newest checkpoint does.

export const leafNumber = z.coerce.number().int().min(0).max(2 ** 31 - 1);

export type LogCaching = "live" | "immutable" | "private";

const cacheControl: Record<LogCaching, string> = {
  live: LIVE_CACHE_CONTROL,
  immutable: IMMUTABLE_CACHE_CONTROL,
  // A receipt lookup: nobody's cache should keep which commitments were asked about.
  private: "private, no-store",
};

export function logRoute<Query extends z.ZodType>(
  query: Query,
  caching: LogCaching,
  answer: (campaign: { id: string; slug: string }, parameters: z.infer<Query>) => Promise<unknown>,
) {
  return async (request: Request): Promise<Response> => {
    const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return apiError(400, "invalid_parameter", parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    try {
      const slug = new URL(request.url).searchParams.get("campaign");
      const campaign = slug === null ? await getCurrentCampaign() : await findPublicCampaign(slug);
      if (!campaign) return apiError(404, "not_found", "No public campaign has that slug.");
      const body = await answer(campaign, parsed.data);
      if (body === null) return apiError(404, "not_found", "not found");
      return dataResponse(request, JSON.stringify(body), { contentType: "application/json", cacheControl: cacheControl[caching] });
    } catch (error) {
      if (error instanceof LogRequestError) return apiError(400, error.code, error.message);
      return apiFailure(error);
    }
  };
}
