"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { campaignSettingsSchema, campaignSwitchSchema, type CampaignSettingsField } from "@/lib/campaigns/settings-schema";
import { updateCampaignSettings } from "@/lib/campaigns/update-campaign-settings";
import { campaignStatusSchema } from "@/lib/campaigns/campaign-status-schema";
import { setCampaignStatus } from "@/lib/campaigns/set-campaign-status";

// ADMIN only, checked here and again inside the operation (which also writes the audit entry).
// Success redirects back (POST-redirect-GET), with or without JavaScript.

const settingsFields: readonly CampaignSettingsField[] = [
  "goal",
  "sensitiveCountries",
  "mapThreshold",
  "anomalyThreshold",
  "retentionMonths",
  "blockedWordsEn",
  "blockedWordsBe",
  "blockedWordsRu",
  "blockedWordsAll",
  "eventSigningUrl",
];

export const updateSettingsAction = formAction(
  campaignSettingsSchema,
  async (settings) => {
    const actor = await requireOrganiser("ADMIN");
    const { changed } = await updateCampaignSettings(actor, (await getAdminCampaign()).id, settings);
    redirect(`/admin/settings?done=${changed.length > 0 ? "saved" : "unchanged"}`);
  },
  { echoFields: settingsFields },
);

export const setSwitchAction = formAction(
  campaignSwitchSchema,
  async ({ name, value }) => {
    const actor = await requireOrganiser("ADMIN");
    await updateCampaignSettings(actor, (await getAdminCampaign()).id, { [name]: value });
    redirect(`/admin/settings?done=${name}-${value ? "on" : "off"}`);
  },
  { echoFields: [] },
);

export const setStatusAction = formAction(
  campaignStatusSchema,
  async ({ status }) => {
    const actor = await requireOrganiser("ADMIN");
    const { changed } = await setCampaignStatus(actor, (await getAdminCampaign()).id, status);
    redirect(`/admin/settings?done=${changed ? "saved" : "unchanged"}`);
  },
  { echoFields: [] },
);
