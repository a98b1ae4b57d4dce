import { issuePowChallenge } from "@/lib/abuse/pow/issue-pow-challenge";
import { errorResponse } from "@/lib/http/error-response";

// A fresh proof-of-work challenge for the pledge form's ALTCHA widget (and for load tools: see
// docs/PRIVACY.md and the ADR). Signed and expiring in 10 minutes; each is accepted once.
// Failures answer like every route handler (lib/http/error-response.ts), with Retry-After
// while the database is down. `?campaign=<slug>`: a challenge for another campaign's form, priced
// by its settings and good for its pledges only (docs/decisions/0054-several-campaigns-one-instance.md);
// not a LIVE campaign: 404.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const slug = new URL(request.url).searchParams.get("campaign");
    return Response.json(await issuePowChallenge(slug || null), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
