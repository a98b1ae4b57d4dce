import "server-only";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { apiError } from "./api-response";

/**
 * The slug of /api/v1/campaigns/<slug>/… when it names a public campaign other than the default
 * (whose figures stay at /api/v1/…); else the API's JSON 404, the same for a draft as for an
 * unknown slug, so the API does not tell which drafts exist (ADR 0054).
 */
export async function publicCampaignSlugOr404(params: Promise<{ slug: string }>): Promise<string | Response> {
  const campaign = await findPublicCampaign((await params).slug);
  return campaign ? campaign.slug : apiError(404, "not_found", "No public campaign has that slug.");
}
