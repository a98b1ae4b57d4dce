import "server-only";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { apiError, apiFailure } from "./api-response";

/**
 * The slug of /api/v1/campaigns/<slug>/… when it names a public campaign other than the default
 * (whose figures stay at /api/v1/…); else the API's JSON 404, the same for a draft as for an
 * unknown slug, so the API does not tell which drafts exist (ADR 0054).
 */
async function publicCampaignSlugOr404(params: Promise<{ slug: string }>): Promise<string | Response> {
  const campaign = await findPublicCampaign((await params).slug);
  return campaign ? campaign.slug : apiError(404, "not_found", "No public campaign has that slug.");
}

/** A campaign route's answer: `answer` for a public campaign, the 404 above, or the API's 503 if the lookup fails. */
export async function forPublicCampaign(params: Promise<{ slug: string }>, answer: (slug: string) => Promise<Response>): Promise<Response> {
  try {
    const slug = await publicCampaignSlugOr404(params);
    return slug instanceof Response ? slug : await answer(slug);
  } catch (error) {
    return apiFailure(error);
  }
}
