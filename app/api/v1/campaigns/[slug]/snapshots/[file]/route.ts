import { preflightResponse } from "@/lib/open-data/api-response";
import { forPublicCampaign } from "@/lib/open-data/campaign-api-route";
import { snapshotFileResponse } from "@/lib/open-data/snapshot-response";

// Another campaign's citable snapshot: its "Cite this" and hourly snapshots (docs/API.md, ADR 0054).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/campaigns/[slug]/snapshots/[file]">): Promise<Response> {
  const { file } = await params;
  return forPublicCampaign(params, (slug) => snapshotFileResponse(request, file, slug));
}

export const OPTIONS = preflightResponse;
