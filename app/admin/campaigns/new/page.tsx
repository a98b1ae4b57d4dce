import type { Metadata } from "next";
import { requireInstanceAdminPage } from "@/lib/auth/require-organiser-page";
import { isCampaignSlug } from "@/lib/campaigns/admin-campaign-cookie";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { buttonClass } from "@/components/admin/ui/button-class";
import { NewCampaignForm } from "@/components/admin/campaigns/new-campaign-form";
import { createCampaignAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminCampaigns"))("title") };
}

// Instance ADMIN only: a campaign's own admins run it, but only the instance's create one
// (docs/decisions/0054-several-campaigns-one-instance.md).

export default async function NewCampaignPage({ searchParams }: PageProps<"/admin/campaigns/new">) {
  await requireInstanceAdminPage("/admin/campaigns/new");
  const t = await getAdminTranslator("adminCampaigns");
  const created = (await searchParams).created;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {isCampaignSlug(created) && (
        <OutcomeBanner>
          <p>{t("created", { slug: created })}</p>
          <form method="post" action="/admin/campaign" className="mt-2">
            <input type="hidden" name="campaign" value={created} />
            <input type="hidden" name="returnTo" value="/admin/settings" />
            <button type="submit" className={buttonClass("secondary")}>
              {t("openIt")}
            </button>
          </form>
        </OutcomeBanner>
      )}
      <NewCampaignForm createCampaignAction={createCampaignAction} />
    </>
  );
}
