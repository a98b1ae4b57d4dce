import { clientAddress } from "@/lib/abuse/network/client-address";
import { hashNetwork } from "@/lib/abuse/network/hash-network";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { serverEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { admitLiveConnection, releasingWhenDone } from "@/lib/live/live-connection-cap";
import { liveHub } from "@/lib/live/live-hub";
import { openTallyStream, SSE_HEADERS } from "@/lib/live/open-tally-stream";

// Live tallies as server-sent events: `event: tally` with the total and the countries, at most
// once a second, `id` = version (a reconnecting EventSource resumes with Last-Event-ID).
// A network holding LIVE_CONNECTIONS_PER_NETWORK streams on this instance is refused with 429
// (lib/live/live-connection-cap.ts); its browsers poll /api/v1/stats.json instead.
// ?campaign=<slug> streams another public campaign's tallies (ADR 0054); the hub keeps each
// campaign's subscribers apart, so a reader only ever gets the campaign it asked for.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** When a refused reader may try the stream again (its page polls meanwhile). */
const LIVE_RETRY_AFTER_SECONDS = 60;

export async function GET(request: Request): Promise<Response> {
  let campaignId: string;
  let release: (() => void) | null;
  try {
    const slug = new URL(request.url).searchParams.get("campaign");
    const campaign = slug === null ? await getCurrentCampaign() : await findPublicCampaign(slug);
    if (!campaign) throw new NotFoundError(`no public campaign "${slug}"`);
    campaignId = campaign.id;
    const env = serverEnv();
    const network = await hashNetwork(clientAddress(request.headers.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS));
    release = admitLiveConnection(network, env.LIVE_CONNECTIONS_PER_NETWORK);
  } catch (error) {
    return errorResponse(error);
  }
  if (!release) {
    return Response.json(
      { error: { code: "too_many_connections", poll: campaignPollPath(request) } },
      { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(LIVE_RETRY_AFTER_SECONDS) } },
    );
  }
  request.signal.addEventListener("abort", release, { once: true });
  return new Response(releasingWhenDone(openTallyStream(liveHub(), campaignId, request), release), { headers: SSE_HEADERS });
}

function campaignPollPath(request: Request): string {
  const slug = new URL(request.url).searchParams.get("campaign");
  return slug ? `/api/v1/campaigns/${encodeURIComponent(slug)}/stats.json` : "/api/v1/stats.json";
}
