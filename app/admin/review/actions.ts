"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { ValidationError } from "@/lib/errors";
import { clearReviewedPledges } from "@/lib/fraud/clear-reviewed-pledges";
import { clearReviewSchema, pledgeIdsSchema, reviewFiltersSchema } from "@/lib/fraud/review-filters";

// Clears one pledge (its row's button sends `only`) or every ticked one (repeated `pledgeId`
// fields, read from the FormData since a plain object keeps only the last). Back to the same
// filtered queue afterwards.
export const clearReviewAction = formAction(
  clearReviewSchema,
  async ({ only }, formData) => {
    const actor = await requireOrganiser("MODERATOR");
    const ids = pledgeIdsSchema.safeParse(only ? [only] : formData.getAll("pledgeId"));
    if (!ids.success) throw new ValidationError({ pledgeId: ids.error.issues.map((issue) => issue.message) });
    const campaign = await getAdminCampaign();
    const { cleared, skipped } = await clearReviewedPledges(actor, campaign.id, ids.data);
    const filters = reviewFiltersSchema.parse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")));
    const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    params.set("cleared", String(cleared));
    params.set("skipped", String(skipped));
    redirect(`/admin/review?${params}`);
  },
  { echoFields: [] },
);
