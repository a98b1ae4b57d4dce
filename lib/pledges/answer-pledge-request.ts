import "server-only";
import { initialFormState } from "@/lib/actions/form-state";
import { errorResponse } from "@/lib/http/error-response";
import { readFormData } from "@/lib/http/read-form-data";
import { PLEDGE_BODY_LIMIT_BYTES, pledgeAnswerStatus } from "@/lib/pledges/pledge-endpoint";
import { submitPledge } from "@/lib/pledges/submit-pledge";

// POST /api/pledges: the same submission as the no-JavaScript form, answered as the form's JSON
// state instead of through React's server-action protocol, which costs several times more CPU
// per request (docs/decisions/0028-pledges-with-javascript-post-to-a-route.md).
export async function answerPledgeRequest(request: Request): Promise<Response> {
  let formData: FormData;
  try {
    formData = await readFormData(request, PLEDGE_BODY_LIMIT_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  const state = await submitPledge(initialFormState(), formData);
  return Response.json(state, { status: pledgeAnswerStatus(state), headers: { "Cache-Control": "no-store" } });
}
