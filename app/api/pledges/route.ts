import { answerPledgeRequest } from "@/lib/pledges/answer-pledge-request";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

// Where the pledge form posts once JavaScript runs; the work is lib/pledges/submit-pledge.ts.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = sameOriginOnly(answerPledgeRequest);
