import { preflightResponse } from "@/lib/open-data/api-response";
import { snapshotFileResponse } from "@/lib/open-data/snapshot-response";

// A citable snapshot, exactly the bytes that were hashed (lib/open-data/snapshot-response.ts).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/snapshots/[file]">): Promise<Response> {
  return snapshotFileResponse(request, (await params).file);
}

export const OPTIONS = preflightResponse;
