import type { Metadata } from "next";
import Link from "next/link";
import { AnomalyPanel } from "@/components/admin/anomaly-panel";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { roleAtLeast } from "@/lib/auth/roles";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { findAnomalies } from "@/lib/fraud/find-anomalies";
import { listInvalidations } from "@/lib/fraud/list-invalidations";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { buttonClass } from "@/components/admin/ui/button-class";
import { InvalidationList } from "@/components/admin/fraud/invalidation-list";
import { undoInvalidationAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminFraud"))("title") };
}

export default async function FraudPage({ searchParams }: PageProps<"/admin/fraud">) {
  const organiser = await requireOrganiserPage("VIEWER", "/admin/fraud");
  const campaign = await getAdminCampaign();
  const canAct = roleAtLeast(organiser.role, "MODERATOR");
  // Exact here, where moderators act on a burst (the dashboard shows the shared few-seconds count).
  const [report, invalidations] = await Promise.all([findAnomalies(organiser, campaign.id), listInvalidations(organiser, campaign.id)]);
  const [t, roles] = await Promise.all([getAdminTranslator("adminFraud"), getAdminTranslator("adminForbidden.roleName")]);
  const query = await searchParams;
  const count = Number(query.count);
  const outcome = query.done === "invalidated" ? t("invalidated", { count }) : query.done === "undone" ? t("undone", { count }) : null;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      {outcome && Number.isFinite(count) && (
        <OutcomeBanner>
          {outcome}
        </OutcomeBanner>
      )}
      {!canAct && <p className="mt-2 text-slate-700">{t("viewerNote", { role: roles("MODERATOR") })}</p>}
      {canAct && (
        <p className="mt-4">
          <Link href="/admin/fraud/invalidate" className={buttonClass("secondary")}>
            {t("choose")}
          </Link>
        </p>
      )}
      <AnomalyPanel organiser={organiser} report={report} />
      <InvalidationList invalidations={invalidations} canUndo={canAct} undoInvalidationAction={undoInvalidationAction} />
    </>
  );
}
