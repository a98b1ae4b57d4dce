"use server";

import { isHoneypotFilled } from "@/lib/abuse/honeypot";
import { formAction } from "@/lib/actions/form-action";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { isLocale, routing } from "@/lib/i18n/routing";
import { createPledge } from "@/lib/pledges/create-pledge";
import { pledgeInputSchema } from "@/lib/pledges/schema";

const pledgeFields = [
  "name",
  "email",
  "country",
  "city",
  "displayMode",
  "publicInSensitiveCountry",
  "message",
  "consentProcessing",
  "consentUpdates",
] as const;

export const submitPledge = formAction(
  pledgeInputSchema,
  async (input, formData) => {
    if (isHoneypotFilled(formData)) return;
    const locale = formData.get("locale");
    // New email, repeat signer or full mailbox: the answer is the same "check your email".
    await createPledge(await getCurrentCampaign(), input, isLocale(locale) ? locale : routing.defaultLocale);
  },
  { echoFields: pledgeFields },
);
