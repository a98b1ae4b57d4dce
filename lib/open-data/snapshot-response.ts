import "server-only";
import { NotFoundError } from "@/lib/errors";
import { findStatsSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { apiError, apiFailure, dataResponse, IMMUTABLE_CACHE_CONTROL } from "./api-response";
import { loadPublicStats } from "./load-stats";

/**
 * A citable snapshot of the default campaign, or of `slug`'s (ADR 0054), exactly the bytes that
 * were hashed: `sha256sum` of this file is the hash shown on its permalink. It never changes, so
 * caches may keep it for ever. Another campaign's snapshot is not found at this campaign's
 * address: a citation's address always names the campaign it counts.
 */
export async function snapshotFileResponse(request: Request, file: string, slug?: string): Promise<Response> {
  const id = /^(.+)\.json$/.exec(file)?.[1];
  const address = slug ? `/api/v1/campaigns/${slug}/snapshots/<id>.json` : "/api/v1/snapshots/<id>.json";
  if (!id) return apiError(404, "not_found", `no such snapshot; its address is ${address}`);
  try {
    const snapshot = await findStatsSnapshot(id, (await loadPublicStats(slug)).tallies.campaignId);
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
