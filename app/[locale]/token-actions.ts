"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { limitByNetwork } from "@/lib/abuse/rate-limit/limit-link-actions";
import { formAction } from "@/lib/actions/form-action";
import { routing } from "@/lib/i18n/routing";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";

// The buttons behind emailed links. Opening a link only shows a page; the change happens on this
// POST, so mail scanners that prefetch links cannot confirm or withdraw anyone's pledge. The
// answer is a redirect back to the link's page with the result (POST-redirect-GET), which works
// the same with and without JavaScript and survives a reload.
const tokenSchema = z.object({ token: z.string().max(100), locale: z.enum(routing.locales) });

export const confirmPledgeAction = formAction(
  tokenSchema,
  async ({ token, locale }) => {
    await limitByNetwork("confirm", await requestNetworkHash());
    const outcome = await confirmPledge(token);
    redirect(`/${locale}/confirm/${encodeURIComponent(token)}?result=${outcome}`);
  },
  { echoFields: [] },
);

export const withdrawPledgeAction = formAction(
  tokenSchema,
  async ({ token, locale }) => {
    await limitByNetwork("withdraw", await requestNetworkHash());
    const outcome = await withdrawPledge(token);
    redirect(`/${locale}/withdraw/${encodeURIComponent(token)}?result=${outcome}`);
  },
  { echoFields: [] },
);
