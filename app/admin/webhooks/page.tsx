import type { Metadata } from "next";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { readWebhookEndpoints } from "@/lib/webhooks/read-webhook-endpoints";
import { EndpointCard } from "@/components/admin/webhooks/endpoint-card";
import { EndpointForm } from "@/components/admin/webhooks/endpoint-form";
import { createEndpointAction, deleteEndpointAction, rotateSecretAction, sendTestAction, setEnabledAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminWebhooks"))("title") };
}

// ADMIN only (docs/decisions/0052-…): endpoints of the current campaign, their log and controls.
const outcomes = ["test", "enabled", "disabled", "deleted"];
const actions = { testAction: sendTestAction, enabledAction: setEnabledAction, rotateAction: rotateSecretAction, deleteAction: deleteEndpointAction };

export default async function WebhooksPage({ searchParams }: PageProps<"/admin/webhooks">) {
  const organiser = await requireOrganiserPage("ADMIN", "/admin/webhooks");
  const campaign = await getAdminCampaign();
  const [endpoints, locale, t] = await Promise.all([readWebhookEndpoints(organiser, campaign.id), getAdminLocale(), getAdminTranslator("adminWebhooks")]);
  const done = (await searchParams).done;
  const outcome = typeof done === "string" && outcomes.includes(done) ? t(`done.${done}`) : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="mt-2 text-slate-700">{t("docs")}</p>
      <OutcomeBanner>{outcome}</OutcomeBanner>
      <section aria-labelledby="add-heading" className="mt-8">
        <h2 id="add-heading" className="text-xl font-bold">
          {t("addHeading")}
        </h2>
        <EndpointForm createAction={createEndpointAction} />
      </section>
      <section aria-labelledby="endpoints-heading" className="mt-10">
        <h2 id="endpoints-heading" className="text-xl font-bold">
          {t("endpointsHeading")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="mt-2">{t("noEndpoints")}</p>
        ) : (
          endpoints.map((endpoint) => <EndpointCard key={endpoint.id} endpoint={endpoint} actions={actions} locale={locale} t={t} />)
        )}
      </section>
    </>
  );
}
