import type { Metadata } from "next";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { countExportableSupporters } from "@/lib/exports/count-exportable-supporters";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { buttonClass } from "@/components/admin/ui/button-class";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminExport"))("title") };
}

// MODERATOR and above. The download itself checks the role again (it is a route of its own).
// The CSV's column headings stay English in every language (decisions/0027): spreadsheets and
// scripts read them by name, so the page says so when it is not in English.
export default async function ExportPage() {
  const organiser = await requireOrganiserPage("MODERATOR", "/admin/export");
  const campaign = await getAdminCampaign();
  const rows = await countExportableSupporters(organiser, campaign.id);
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminExport")]);

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-4 max-w-3xl">{t.rich("intro", { count: rows, strong: (chunks) => <strong data-testid="exportable-rows">{chunks}</strong> })}</p>
      {locale !== "en" && <p className="mt-2 max-w-3xl text-slate-700">{t("headingsInEnglish")}</p>}
      <div role="note" className="mt-4 max-w-3xl rounded-md border-l-4 border-amber-700 bg-amber-50 p-4">
        <p>{t("warning")}</p>
      </div>
      <p className="mt-6">
        <a href="/admin/export/supporters.csv" download className={buttonClass()}>
          {t("download")}
        </a>
      </p>
    </>
  );
}
