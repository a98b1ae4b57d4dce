// Liveness: the process is up and serving. Readiness (database, migrations) is /api/ready.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
