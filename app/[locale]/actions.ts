"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { isLocale, routing } from "@/lib/i18n/routing";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { createPledge } from "@/lib/pledges/create-pledge";
import { pledgeInputSchema } from "@/lib/pledges/schema";

const pledgeFields = ["name", "email", "country", "displayMode", "message", "consentProcessing", "consentUpdates"] as const;

export const submitPledge = formAction(
  pledgeInputSchema,
  async (input, formData) => {
    const locale = formData.get("locale");
    // Whether the email was new or had signed before, the answer is the same.
    await createPledge(await getCurrentCampaign(), input, isLocale(locale) ? locale : routing.defaultLocale);
    // The count on the page that sent the form must include this pledge when it re-renders.
    revalidatePath("/[locale]", "page");
  },
  { echoFields: pledgeFields },
);
