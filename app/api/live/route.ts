import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { errorResponse } from "@/lib/http/error-response";
import { liveHub } from "@/lib/live/live-hub";
import { openTallyStream, SSE_HEADERS } from "@/lib/live/open-tally-stream";

// Live tallies as server-sent events: `event: tally` with the total and the countries, at most
// once a second, `id` = version (a reconnecting EventSource resumes with Last-Event-ID).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  let campaignId: string;
  try {
    campaignId = (await getCurrentCampaign()).id;
  } catch (error) {
    return errorResponse(error);
  }
  return new Response(openTallyStream(liveHub(), campaignId, request), { headers: SSE_HEADERS });
}
