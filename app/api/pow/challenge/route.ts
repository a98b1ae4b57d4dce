import { issuePowChallenge } from "@/lib/abuse/pow/issue-pow-challenge";
import { errorCode } from "@/lib/actions/error-code";

// A fresh proof-of-work challenge for the pledge form's ALTCHA widget (and for load tools: see
// docs/PRIVACY.md and the ADR). Signed and expiring in 10 minutes; each is accepted once.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json(await issuePowChallenge(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const { code, httpStatus } = errorCode(error);
    return Response.json({ error: code }, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
  }
}
