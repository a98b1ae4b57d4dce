"use server";

import { redirect } from "next/navigation";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { limitByNetwork } from "@/lib/abuse/rate-limit/limit-link-actions";
import { formAction } from "@/lib/actions/form-action";
import { signInRequestSchema } from "@/lib/auth/organiser-schemas";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";

// Anyone may ask for a link; whether one is sent is decided in lib/auth/sign-in-gate.ts. The
// answer is the same page whatever happened, so this form never reveals who is an organiser.
export const requestSignInLinkAction = formAction(
  signInRequestSchema,
  async ({ email, callbackUrl }) => {
    // Per network, on top of the per-address limit in the gate: "too many attempts" is safe to
    // say here, it tells nothing about who is an organiser.
    await limitByNetwork("sign-in", await requestNetworkHash());
    await requestSignInLink(email, callbackUrl);
    redirect("/admin/sign-in/check-email");
  },
  { echoFields: ["email"] },
);
