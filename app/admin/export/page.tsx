import type { Metadata } from "next";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { countExportableSupporters } from "@/lib/exports/count-exportable-supporters";
import { buttonClass } from "../_components/button-class";

export const metadata: Metadata = { title: "Export supporters" };

// MODERATOR and above. The download itself checks the role again (it is a route of its own).
export default async function ExportPage() {
  const organiser = await requireOrganiserPage("MODERATOR", "/admin/export");
  const campaign = await getCurrentCampaign();
  const rows = await countExportableSupporters(organiser, campaign.id);

  return (
    <>
      <h1 className="text-2xl font-bold">Export supporters</h1>
      <p className="mt-4 max-w-3xl">
        A CSV file of the confirmed supporters who agreed to receive campaign updates: name, email, country, city, language and
        when they confirmed (UTC). Right now that is <strong data-testid="exportable-rows">{rows.toLocaleString("en")}</strong>{" "}
        {rows === 1 ? "supporter" : "supporters"}.
      </p>
      <div role="note" className="mt-4 max-w-3xl rounded-md border-l-4 border-amber-700 bg-amber-50 p-4">
        <p>
          This file holds personal data of people who may be at risk. Every download is recorded in the audit log with your
          name. Keep it on an encrypted device, share it with no one outside the team, and delete it when the mailing is done.
        </p>
      </div>
      <p className="mt-6">
        <a href="/admin/export/supporters.csv" download className={buttonClass()}>
          Download supporters (CSV)
        </a>
      </p>
    </>
  );
}
