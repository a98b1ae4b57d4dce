import { submitPledge } from "@/app/[locale]/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { errorResponse } from "@/lib/http/error-response";
import { readFormData } from "@/lib/http/read-form-data";
import { PLEDGE_BODY_LIMIT_BYTES, pledgeAnswerStatus } from "@/lib/pledges/pledge-endpoint";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

// Where the pledge form posts once JavaScript runs: the same action as the no-JavaScript form
// (validation, proof of work, rate limits, storing, the confirmation job), answered as the
// form's JSON state instead of through React's server-action protocol, which costs several
// times more CPU per request (docs/decisions/0028-pledges-with-javascript-post-to-a-route.md).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = sameOriginOnly(async (request: Request) => {
  let formData: FormData;
  try {
    formData = await readFormData(request, PLEDGE_BODY_LIMIT_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  const state = await submitPledge(initialFormState(), formData);
  return Response.json(state, { status: pledgeAnswerStatus(state), headers: { "Cache-Control": "no-store" } });
});
