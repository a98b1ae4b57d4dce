import "server-only";
import { isHoneypotFilled } from "@/lib/abuse/honeypot";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { pledgeServerSchema } from "@/lib/abuse/pledge-server-schema";
import { checkPowPayload, POW_FIELD } from "@/lib/abuse/pow/check-pow-payload";
import { formAction } from "@/lib/actions/form-action";
import { getSigningCampaign, getSigningCampaignBySlug } from "@/lib/campaigns/get-signing-campaign";
import { requestSiteOrigin } from "@/lib/http/request-site-origin";
import { isLocale, routing } from "@/lib/i18n/routing";
import { createPledge } from "@/lib/pledges/create-pledge";

// The pledge form's whole submission, shared by its two entry points: the server action that
// works without JavaScript (app/[locale]/actions.ts) and POST /api/pledges, which the form uses
// once JavaScript runs (docs/decisions/0028-pledges-with-javascript-post-to-a-route.md). Both
// are one line of glue, so they cannot drift apart.

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
  pledgeServerSchema,
  async (input, formData) => {
    // A filled honeypot is a bot: it gets the same "check your email" and nothing is stored.
    if (isHoneypotFilled(formData)) return;
    const locale = formData.get("locale");
    const proofOfWork = await checkPowPayload(formData.get(POW_FIELD));
    // New email, repeat signer, full mailbox, a busy network or a bad solution: the answer is
    // always the same "check your email" (ADR 0029).
    // The form names its campaign when it is not the default one (/[locale]/campaigns/[slug]);
    // an unknown or draft slug is refused like closed signing, never put into the default campaign.
    const slug = formData.get("campaign");
    await createPledge(
      typeof slug === "string" && slug !== "" ? await getSigningCampaignBySlug(slug) : await getSigningCampaign(),
      input,
      isLocale(locale) ? locale : routing.defaultLocale,
      { networkHash: await requestNetworkHash(), proofOfWork },
      // Emailed links lead back to the address the supporter used (a mirror, the onion service).
      { siteOrigin: await requestSiteOrigin() },
    );
  },
  { echoFields: pledgeFields },
);

export type PledgeFormState = Parameters<typeof submitPledge>[0];
