"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { newCampaignSchema } from "@/lib/campaigns/new-campaign-schema";

// Instance ADMIN only (checked inside createCampaign, which also writes the audit entry). The new
// campaign is not selected automatically: the organiser switches to it from the page it lands on.

export const createCampaignAction = formAction(
  newCampaignSchema,
  async (input) => {
    const actor = await requireOrganiser("VIEWER");
    const { slug } = await createCampaign(actor, input);
    redirect(`/admin/campaigns/new?created=${slug}`);
  },
  { echoFields: ["slug", "title", "goal", "status"] },
);
