import { cachedReadiness } from "@/lib/health/cached-readiness";
import { RETRY_AFTER_SECONDS } from "@/lib/http/error-response";

// Readiness: 200 when the database answers and its migrations match this code, else 503 (take
// the instance out of rotation; it keeps retrying by itself). Liveness is /api/health.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await cachedReadiness();
  if (readiness.ready) return Response.json({ status: "ready", ...readiness }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "not_ready", error: { code: "unavailable" }, ...readiness },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
