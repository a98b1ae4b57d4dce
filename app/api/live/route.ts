import { errorCode } from "@/lib/actions/error-code";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
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
    const { code, httpStatus } = errorCode(error);
    return Response.json({ error: code }, { status: httpStatus, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
  return new Response(openTallyStream(liveHub(), campaignId, request), { headers: SSE_HEADERS });
}
