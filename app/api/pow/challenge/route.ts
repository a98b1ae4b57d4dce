import { issuePowChallenge } from "@/lib/abuse/pow/issue-pow-challenge";
import { errorResponse } from "@/lib/http/error-response";

// A fresh proof-of-work challenge for the pledge form's ALTCHA widget (and for load tools: see
// docs/PRIVACY.md and the ADR). Signed and expiring in 10 minutes; each is accepted once.
// Failures answer like every route handler (lib/http/error-response.ts), with Retry-After
// while the database is down.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json(await issuePowChallenge(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
