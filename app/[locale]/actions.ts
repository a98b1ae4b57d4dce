"use server";

import { submitPledge as submit, type PledgeFormState } from "@/lib/pledges/submit-pledge";

// The pledge form without JavaScript; the submission itself is lib/pledges/submit-pledge.ts.
export async function submitPledge(previous: PledgeFormState, formData: FormData): Promise<PledgeFormState> {
  return submit(previous, formData);
}
