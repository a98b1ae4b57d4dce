"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint, rotateWebhookSecret, sendWebhookTest, setWebhookEnabled } from "@/lib/webhooks/manage-webhook-endpoint";
import { endpointEnabledSchema, endpointIdSchema, endpointSchema } from "@/lib/webhooks/webhook-schemas";

// ADMIN only, checked here and again inside each operation (which writes the audit entry). The
// two actions that make a secret answer with it (shown once) instead of redirecting; the others
// redirect back (POST-redirect-GET), with or without JavaScript.

const done = (outcome: string): never => redirect(`/admin/webhooks?done=${outcome}`);

export const createEndpointAction = formAction(
  endpointSchema,
  async (input) => {
    const actor = await requireOrganiser("ADMIN");
    const { secret } = await createWebhookEndpoint(actor, (await getAdminCampaign()).id, input);
    revalidatePath("/admin/webhooks");
    return secret;
  },
  { echoFields: ["url", "event_pledge_confirmed", "event_message_approved", "event_count_milestone"] },
);

export const rotateSecretAction = formAction(
  endpointIdSchema,
  async ({ id }) => {
    const actor = await requireOrganiser("ADMIN");
    const { secret } = await rotateWebhookSecret(actor, (await getAdminCampaign()).id, id);
    return secret;
  },
  { echoFields: [] },
);

export const sendTestAction = formAction(
  endpointIdSchema,
  async ({ id }) => {
    const actor = await requireOrganiser("ADMIN");
    await sendWebhookTest(actor, (await getAdminCampaign()).id, id);
    done("test");
  },
  { echoFields: [] },
);

export const setEnabledAction = formAction(
  endpointEnabledSchema,
  async ({ id, enabled }) => {
    const actor = await requireOrganiser("ADMIN");
    await setWebhookEnabled(actor, (await getAdminCampaign()).id, id, enabled);
    done(enabled ? "enabled" : "disabled");
  },
  { echoFields: [] },
);

export const deleteEndpointAction = formAction(
  endpointIdSchema,
  async ({ id }) => {
    const actor = await requireOrganiser("ADMIN");
    await deleteWebhookEndpoint(actor, (await getAdminCampaign()).id, id);
    done("deleted");
  },
  { echoFields: [] },
);
