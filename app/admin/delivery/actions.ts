"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { addDeliveryRecipient } from "@/lib/delivery/add-delivery-recipient";
import { cancelDeliverySchedule } from "@/lib/delivery/cancel-delivery-schedule";
import { recipientSchema, removeRecipientSchema, scheduleSchema } from "@/lib/delivery/delivery-schemas";
import { removeDeliveryRecipient } from "@/lib/delivery/remove-delivery-recipient";
import { scheduleDelivery } from "@/lib/delivery/schedule-delivery";
import { sendDeliveryNow } from "@/lib/delivery/send-delivery-now";

// ADMIN only, checked here and again inside each operation (which writes the audit entry).
// Success redirects back (POST-redirect-GET), with or without JavaScript.

const done = (outcome: string): never => redirect(`/admin/delivery?done=${outcome}`);

export const addRecipientAction = formAction(
  recipientSchema,
  async (input) => {
    const actor = await requireOrganiser("ADMIN");
    await addDeliveryRecipient(actor, (await getAdminCampaign()).id, input);
    done("added");
  },
  { echoFields: ["name", "organisation", "email", "locale"] },
);

export const removeRecipientAction = formAction(
  removeRecipientSchema,
  async ({ id }) => {
    const actor = await requireOrganiser("ADMIN");
    await removeDeliveryRecipient(actor, (await getAdminCampaign()).id, id);
    done("removed");
  },
  { echoFields: [] },
);

export const scheduleAction = formAction(
  scheduleSchema,
  async (input) => {
    const actor = await requireOrganiser("ADMIN");
    await scheduleDelivery(actor, (await getAdminCampaign()).id, input);
    done("scheduled");
  },
  { echoFields: ["sendAt", "timeZone"] },
);

export const cancelScheduleAction = formAction(
  z.object({}),
  async () => {
    const actor = await requireOrganiser("ADMIN");
    await cancelDeliverySchedule(actor, (await getAdminCampaign()).id);
    done("cancelled");
  },
  { echoFields: [] },
);

export const sendNowAction = formAction(
  z.object({}),
  async () => {
    const actor = await requireOrganiser("ADMIN");
    await sendDeliveryNow(actor, (await getAdminCampaign()).id);
    done("sending");
  },
  { echoFields: [] },
);
