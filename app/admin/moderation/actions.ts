"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { initialFormState } from "@/lib/actions/form-state";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { ValidationError } from "@/lib/errors";
import { bulkModerateMessages } from "@/lib/moderation/bulk-moderate-messages";
import { moderateMessage } from "@/lib/moderation/moderate-message";
import { bulkModerateSchema, bulkPledgeIdsSchema, moderateMessageSchema } from "@/lib/moderation/moderation-schemas";
import { decodeOutcome, encodeOutcome } from "@/lib/moderation/moderation-outcome";

// Two ways in, one wrapper: the queue's script calls moderateMessageAction / bulkModerateAction
// and updates the list in place; a browser without JavaScript posts the same fields to the
// *FromForm twins, which run the same wrapped action and redirect back to the queue
// (POST-redirect-GET) with the answer in the query string. The role is checked inside, first.

export const moderateMessageAction = formAction(
  moderateMessageSchema,
  async (input) => {
    const actor = await requireOrganiser("MODERATOR");
    const campaign = await getAdminCampaign();
    const result = await moderateMessage(actor, campaign.id, input);
    return encodeOutcome(result.ok ? { kind: "applied" } : { kind: "handled", handled: result.handled });
  },
  { echoFields: [] },
);

export const bulkModerateAction = formAction(
  bulkModerateSchema,
  async (input, formData) => {
    const actor = await requireOrganiser("MODERATOR");
    const pledgeIds = bulkPledgeIdsSchema.safeParse(formData.getAll("pledgeIds"));
    if (!pledgeIds.success) throw new ValidationError({ pledgeIds: [pledgeIds.error.issues[0]?.message ?? "selectionEmpty"] });
    const campaign = await getAdminCampaign();
    const result = await bulkModerateMessages(actor, campaign.id, { ...input, pledgeIds: pledgeIds.data });
    return encodeOutcome({ kind: "bulk", ...result });
  },
  { echoFields: [] },
);

export async function moderateMessageFromForm(formData: FormData): Promise<void> {
  const state = await moderateMessageAction(initialFormState(), formData);
  const outcome = decodeOutcome(state.outcome);
  const answer: Record<string, string> =
    outcome?.kind === "applied"
      ? { done: String(formData.get("decision")) }
      : outcome?.kind === "handled"
        ? { handled: String(formData.get("pledgeId")) }
        : { error: firstError(state) };
  backToQueue(formData, answer);
}

export async function bulkModerateFromForm(formData: FormData): Promise<void> {
  const state = await bulkModerateAction(initialFormState(), formData);
  const outcome = decodeOutcome(state.outcome);
  backToQueue(formData, outcome?.kind === "bulk" ? { done: "bulk", applied: String(outcome.applied), skipped: String(outcome.alreadyHandled) } : { error: firstError(state) });
}

function firstError(state: { formError: string | null; fieldErrors: Partial<Record<string, string[]>> }): string {
  return state.formError ?? Object.values(state.fieldErrors).flat()[0] ?? "unexpected";
}

/** Back to the list the moderator was on (its filters travel in a hidden field, checked here). */
function backToQueue(formData: FormData, answer: Record<string, string>): never {
  const returnTo = formData.get("returnTo");
  const query = new URLSearchParams(typeof returnTo === "string" && returnTo.startsWith("?") ? returnTo.slice(1) : "");
  for (const key of ["done", "handled", "error", "applied", "skipped"]) query.delete(key);
  for (const [key, value] of Object.entries(answer)) query.set(key, value);
  redirect(`/admin/moderation?${query}`);
}
