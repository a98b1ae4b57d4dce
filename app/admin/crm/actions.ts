"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { backfillCrmPushes } from "@/lib/crm/backfill-crm-pushes";
import { confirmCrmRemoval } from "@/lib/crm/confirm-crm-removal";
import { confirmRemovalSchema, crmSettingsSchema } from "@/lib/crm/crm-settings-schema";
import { removeCrmApiKey } from "@/lib/crm/remove-crm-api-key";
import { saveCrmSettings } from "@/lib/crm/save-crm-settings";

// ADMIN only, checked here and again inside each operation (which writes the audit entry).
// Success redirects back (POST-redirect-GET), with or without JavaScript. The key is never
// echoed back into the form.

const done = (outcome: string, extra: Record<string, string> = {}): never => redirect(`/admin/crm?${new URLSearchParams({ done: outcome, ...extra })}`);

export const saveCrmSettingsAction = formAction(
  crmSettingsSchema,
  async (_input, formData) => {
    const actor = await requireOrganiser("ADMIN");
    // The raw fields: the operation parses them again with the same schema.
    await saveCrmSettings(actor, (await getAdminCampaign()).id, {
      endpointUrl: String(formData.get("endpointUrl") ?? ""),
      apiKey: String(formData.get("apiKey") ?? ""),
      tags: String(formData.get("tags") ?? ""),
      enabled: formData.get("enabled") === "on" ? "on" : undefined,
    });
    done("saved");
  },
  { echoFields: ["endpointUrl", "tags", "enabled"] },
);

export const removeCrmApiKeyAction = formAction(
  z.object({}),
  async () => {
    const actor = await requireOrganiser("ADMIN");
    await removeCrmApiKey(actor, (await getAdminCampaign()).id);
    done("keyRemoved");
  },
  { echoFields: [] },
);

export const backfillCrmAction = formAction(
  z.object({}),
  async () => {
    const actor = await requireOrganiser("ADMIN");
    const { queued } = await backfillCrmPushes(actor, (await getAdminCampaign()).id);
    done("backfilled", { queued: String(queued) });
  },
  { echoFields: [] },
);

export const confirmCrmRemovalAction = formAction(
  confirmRemovalSchema,
  async ({ pledgeId }) => {
    const actor = await requireOrganiser("ADMIN");
    await confirmCrmRemoval(actor, (await getAdminCampaign()).id, pledgeId);
    done("removalConfirmed");
  },
  { echoFields: [] },
);
