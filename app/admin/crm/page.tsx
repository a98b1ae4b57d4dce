import type { Metadata } from "next";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { readCrmOverview } from "@/lib/crm/read-crm-overview";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { CrmLogTable } from "@/components/admin/crm/crm-log-table";
import { CrmRemovalList } from "@/components/admin/crm/crm-removal-list";
import { CrmSettingsForm } from "@/components/admin/crm/crm-settings-form";
import { CrmStatus } from "@/components/admin/crm/crm-status";
import { backfillCrmAction, confirmCrmRemovalAction, removeCrmApiKeyAction, saveCrmSettingsAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminCrm"))("title") };
}

// ADMIN only (decisions/0053-…): the CRM gets supporters' names and addresses.
const outcomes = ["saved", "keyRemoved", "backfilled", "removalConfirmed"];

export default async function CrmPage({ searchParams }: PageProps<"/admin/crm">) {
  const organiser = await requireOrganiserPage("ADMIN", "/admin/crm");
  const campaign = await getAdminCampaign();
  const [overview, t] = await Promise.all([readCrmOverview(organiser, campaign.id), getAdminTranslator("adminCrm")]);
  const { done, queued } = await searchParams;
  const outcome = typeof done === "string" && outcomes.includes(done) ? t(`done.${done}`, { queued: Number(typeof queued === "string" ? queued : 0) || 0 }) : undefined;
  const connection = overview.connection;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <OutcomeBanner>{outcome}</OutcomeBanner>
      <CrmStatus overview={overview} backfillAction={backfillCrmAction} removeKeyAction={removeCrmApiKeyAction} />
      <section aria-labelledby="crm-settings-heading" className="mt-10">
        <h2 id="crm-settings-heading" className="text-xl font-bold">
          {t("settingsHeading")}
        </h2>
        <CrmSettingsForm
          saveAction={saveCrmSettingsAction}
          current={{ endpointUrl: connection?.endpointUrl ?? "", tags: connection?.tags.join("\n") ?? "", enabled: connection?.enabled ?? false, apiKeySet: connection?.apiKeySet ?? false }}
        />
      </section>
      <CrmRemovalList removals={overview.removals} confirmRemovalAction={confirmCrmRemovalAction} />
      <CrmLogTable log={overview.log} />
    </>
  );
}
