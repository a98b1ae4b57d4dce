"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { PreviewChangedError } from "@/lib/errors";
import { invalidatePledges } from "@/lib/fraud/invalidate-pledges";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { runInvalidationSchema, undoInvalidationSchema } from "@/lib/fraud/invalidation-forms";
import { undoInvalidation } from "@/lib/fraud/undo-invalidation";

// Each action checks the role first (actions can be posted to directly), then runs the
// operation, which checks again and writes the audit entry in its own transaction.

export const runInvalidationAction = formAction(
  runInvalidationSchema,
  async ({ criteria, reason, expected }) => {
    const actor = await requireOrganiser("MODERATOR");
    const campaign = await getAdminCampaign();
    let matched: number;
    try {
      ({ matched } = await invalidatePledges(actor, campaign.id, { criteria, reason, expected }));
    } catch (error) {
      if (!(error instanceof PreviewChangedError)) throw error;
      // Back to the preview, which shows the new numbers and says what changed.
      const params = criteriaSearchParams(criteria);
      params.set("step", "preview");
      params.set("previewed", String(error.expected));
      redirect(`/admin/fraud/invalidate?${params}`);
    }
    redirect(`/admin/fraud?done=invalidated&count=${matched}`);
  },
  { echoFields: ["reasonCode", "reasonText"] },
);

export const undoInvalidationAction = formAction(
  undoInvalidationSchema,
  async ({ invalidationId }) => {
    const actor = await requireOrganiser("MODERATOR");
    const campaign = await getAdminCampaign();
    const { restored } = await undoInvalidation(actor, campaign.id, invalidationId);
    redirect(`/admin/fraud?done=undone&count=${restored}`);
  },
  { echoFields: [] },
);
