import { apiError, apiFailure, dataResponse, IMMUTABLE_CACHE_CONTROL, preflightResponse } from "@/lib/open-data/api-response";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { findStatsSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { NotFoundError } from "@/lib/errors";

// A citable snapshot, exactly the bytes that were hashed: `sha256sum` of this file is the hash
// shown on its permalink. It never changes, so caches may keep it for ever.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/snapshots/[file]">): Promise<Response> {
  const { file } = await params;
  const id = /^(.+)\.json$/.exec(file)?.[1];
  if (!id) return apiError(404, "not_found", "no such snapshot; its address is /api/v1/snapshots/<id>.json");
  try {
    const snapshot = await findStatsSnapshot(id, (await loadPublicStats()).tallies.campaignId);
    return dataResponse(request, snapshot.canonicalJson, {
      contentType: "application/json",
      cacheControl: IMMUTABLE_CACHE_CONTROL,
      etag: `"${snapshot.sha256}"`,
      lastModified: snapshot.takenAt,
      extraHeaders: { "Content-Disposition": `inline; filename="snapshot-${snapshot.id}.json"`, "Repr-Digest": `sha-256=:${Buffer.from(snapshot.sha256, "hex").toString("base64")}:` },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return apiError(404, "not_found", "no such snapshot");
    return apiFailure(error);
  }
}

export const OPTIONS = preflightResponse;
